package jp.innovationnet.portal.bench;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The inquiries the inquiries benchmark asks, by number: every topic and region, in both languages, from several
 * members (one of them, the overseas partner, asks rarely: a member's own list of ordinary length), one in twenty
 * with a small PDF; and what the desk does with each, so that the queue looks like a working desk's.
 */
final class BenchInquiries {

    /** The askers who ask most, in turn; {@link #RARE_ASKER} asks one inquiry in {@link #RARE_EVERY}. */
    static final List<String> ASKERS = List.of("tama.staff", "tama.admin", "hamamatsu.staff", "hamamatsu.coordinator",
            "wide.coordinator");
    static final String RARE_ASKER = "overseas.partner";
    static final int RARE_EVERY = 1_000;

    private static final List<String> TOPICS = List.of("technology", "rd-funding", "startup", "overseas",
            "ip-licensing", "partner-search", "policy", "other");
    private static final List<String> REGIONS = List.of("Hokkaido", "Tohoku", "Kanto", "Chubu", "Kinki", "Chugoku",
            "Shikoku", "Kyushu", "Okinawa", "Overseas");
    private static final List<String> SUBJECTS_JA = List.of("特許ライセンスの相談", "研究開発助成金の申請について",
            "海外展開の支援", "共同研究先を探しています", "試作品の評価", "スタートアップ支援制度");
    private static final List<String> SUBJECTS_EN = List.of("Licensing a patent", "Applying for R&D funding",
            "Support for going abroad", "Looking for a research partner", "Testing a prototype",
            "Start-up support schemes");
    private static final String PDF = Base64.getEncoder().encodeToString(
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes());

    /** What happens to an inquiry after it is asked. */
    enum Fate {
        /** stays new in the secretariat's queue */
        NEW,
        /** routed to JST */
        ROUTED_JST,
        /** routed to TAMA */
        ROUTED_TAMA,
        /** routed to JST, which replies: answered */
        ANSWERED_BY_JST,
        /** routed to TAMA and JST, TAMA accepts: in progress */
        ACCEPTED_BY_TAMA
    }

    private BenchInquiries() {
    }

    /** @param n the inquiry's number @return its asker's login */
    static String asker(int n) {
        return n % RARE_EVERY == RARE_EVERY - 1 ? RARE_ASKER : ASKERS.get(n % ASKERS.size());
    }

    /** @param n the inquiry's number @return three in four stay new, the rest is routed, some answered */
    static Fate fate(int n) {
        return switch (n % 20) {
            case 15, 16 -> Fate.ROUTED_JST;
            case 17 -> Fate.ROUTED_TAMA;
            case 18 -> Fate.ANSWERED_BY_JST;
            case 19 -> Fate.ACCEPTED_BY_TAMA;
            default -> Fate.NEW;
        };
    }

    /** @param n the inquiry's number @return the body of {@code POST /inquiries} as a logged-in member sends it */
    static JsonObject json(int n) {
        boolean english = n % 3 == 0;
        int subject = (n / 7) % SUBJECTS_JA.size();
        JsonObjectBuilder inquiry = Json.createObjectBuilder()
                .add("topic", TOPICS.get(n % TOPICS.size()))
                .add("region", REGIONS.get((n / TOPICS.size()) % REGIONS.size()))
                .add("language", english ? "en" : "ja")
                .add("subject", (english ? SUBJECTS_EN : SUBJECTS_JA).get(subject) + " #" + n)
                .add("text", english
                        ? "We are a small manufacturer and would like advice on " + SUBJECTS_EN.get(subject)
                        .toLowerCase(Locale.ROOT) + ". Whom should we contact? (inquiry " + n + ")"
                        : "当社は中小製造業です。" + SUBJECTS_JA.get(subject) + "について、どちらに相談すればよいか"
                        + "教えてください。（問い合わせ " + n + "）");
        if (n % 20 == 7) {
            inquiry.add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("filename", "outline-" + n + ".pdf").add("contentBase64", PDF)));
        }
        return inquiry.build();
    }
}
