package jp.innovationnet.portal.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Made-up but realistic events for the events benchmark, as the organisers' JSON of
 * {@code POST /api/plugins/events/events}: two in five in the past (up to two years back), the others in the coming
 * year; every kind; audiences as the network uses them (a quarter public, a third all members, the rest for regions,
 * organizations, coordinators or overseas partners); eight organisers (the demo organizations and made-up members);
 * venues in every region; capacities of 10, 30, 60 and 200 seats or none; one in twenty left a draft, one cancelled
 * and one closed. Event {@code n} is always the same relative to the day of the run, so runs compare.
 */
final class BenchEvents {

    /** What becomes of an event after it is created. */
    enum Fate { DRAFT, PUBLISHED, CLOSED, CANCELLED }

    /** Its number, whether it is past, what becomes of it and its audience's kind. */
    record Plan(int n, boolean past, Fate fate, String audience) {

        /** @return whether logged-in users and the organisers can register for it (published, in the future) */
        boolean takesRegistrations() {
            return !past && fate == Fate.PUBLISHED;
        }
    }

    private static final List<String> KINDS = List.of("seminar", "exchange-meeting", "matching-fair",
            "coordinator-training", "general-assembly", "other");
    private static final List<String> REGIONS = List.of("Hokkaido", "Tohoku", "Kanto", "Chubu", "Kinki", "Chugoku",
            "Shikoku", "Kyushu", "Okinawa", "Overseas");
    private static final List<String> ORGANISERS = List.of("jilc", "tama", "hamamatsu-technopolis", "bench-aomori",
            "bench-osaka", "bench-kumamoto", "bench-sapporo", "bench-hiroshima");
    private static final List<Integer> CAPACITIES = Arrays.asList(10, 30, 60, 200, null);
    private static final List<String> TOPICS_JA = List.of("産学連携", "地域イノベーション", "知財活用", "販路開拓",
            "医工連携", "脱炭素", "DX推進", "海外展開");
    private static final List<String> TOPICS_EN = List.of("Industry-academia collaboration", "Regional innovation",
            "Using intellectual property", "Finding new markets", "Medicine and engineering", "Decarbonisation",
            "Digital transformation", "Going abroad");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private BenchEvents() {
    }

    /** @param n the event's number @return what it is seeded as */
    static Plan plan(int n) {
        boolean past = n % 5 < 2;
        Fate fate = switch (n % 20) {
            case 0 -> Fate.DRAFT;
            case 1 -> Fate.CANCELLED;
            case 2 -> Fate.CLOSED;
            default -> Fate.PUBLISHED;
        };
        int share = n / 7 % 20;
        String audience = share < 5 ? "public" : share < 11 ? "all-members" : share < 14 ? "regions"
                : share < 16 ? "organizations" : share < 18 ? "coordinators" : "overseas-partners";
        return new Plan(n, past, fate, audience);
    }

    /**
     * @param n     the event's number
     * @param today the day of the run, in Japan
     * @return the event as its organiser (the secretariat, naming the organiser) sends it
     */
    static JsonObject json(int n, LocalDate today) {
        Plan plan = plan(n);
        LocalDate day = plan.past() ? today.minusDays(1 + n % 730) : today.plusDays(2 + n % 365);
        LocalDateTime start = day.atTime(13 + n % 4, n % 2 == 0 ? 0 : 30);
        String topicJa = TOPICS_JA.get(n / 3 % TOPICS_JA.size());
        String topicEn = TOPICS_EN.get(n / 3 % TOPICS_EN.size());
        String region = REGIONS.get(n % REGIONS.size());
        JsonObjectBuilder audience = Json.createObjectBuilder().add("kind", plan.audience());
        if (plan.audience().equals("regions")) {
            audience.add("regions", Json.createArrayBuilder().add(region).add(REGIONS.get((n + 3) % REGIONS.size())));
        } else if (plan.audience().equals("organizations")) {
            audience.add("organizations", Json.createArrayBuilder().add(ORGANISERS.get((n + 1) % 3))
                    .add(ORGANISERS.get(3 + n % 5)));
        }
        JsonArrayBuilder sessions = Json.createArrayBuilder()
                .add(session(start, 0, 60, "基調講演", "Keynote"))
                .add(session(start, 60, 120, "パネル討論", "Panel discussion"));
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("organiserId", ORGANISERS.get(n % ORGANISERS.size()))
                .add("kind", KINDS.get(n / 3 % KINDS.size()))
                .add("title", texts(topicJa + "セミナー 第" + n + "回", topicEn + " seminar no. " + n))
                .add("summary", texts(topicJa + "の最新動向と支援制度を紹介し、参加者同士の交流の場を設けます。",
                        "The latest on " + topicEn.toLowerCase() + " and the support available, with time to meet."))
                .add("programme", texts("## 第一部\n- 基調講演\n## 第二部\n- パネル討論\n- 交流会",
                        "## Part 1\n- Keynote\n## Part 2\n- Panel discussion\n- Networking"))
                .add("venue", Json.createObjectBuilder().add("nameJa", region + "会場").add("nameEn", region + " hall")
                        .add("address", "会場住所 " + n).add("region", region))
                .add("start", LOCAL.format(start))
                .add("end", LOCAL.format(start.plusHours(3)))
                .add("sessions", sessions)
                .add("audience", audience)
                .add("contact", Json.createObjectBuilder().add("name", "事務局").add("email", "events@bench.example"));
        Integer capacity = CAPACITIES.get(n / 11 % CAPACITIES.size());
        if (capacity != null) {
            event.add("capacity", capacity);
        }
        return event.build();
    }

    /**
     * @param k the registration's number
     * @return someone without an account, as the organisers register them
     */
    static JsonObject registrant(int k) {
        return Json.createObjectBuilder().add("name", "参加者 " + k).add("email", "guest" + k + "@bench.example")
                .add("language", k % 3 == 0 ? "en" : "ja").add("organizationId", ORGANISERS.get(k % 8)).build();
    }

    private static JsonObjectBuilder texts(String ja, String en) {
        return Json.createObjectBuilder().add("ja", ja).add("en", en);
    }

    private static JsonObjectBuilder session(LocalDateTime start, int from, int to, String ja, String en) {
        return Json.createObjectBuilder().add("start", LOCAL.format(start.plusMinutes(from)))
                .add("end", LOCAL.format(start.plusMinutes(to))).add("titleJa", ja).add("titleEn", en);
    }
}
