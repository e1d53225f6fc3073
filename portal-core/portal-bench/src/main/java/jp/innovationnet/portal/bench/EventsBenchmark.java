package jp.innovationnet.portal.bench;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

/**
 * Measures the events plugin on a running portal (with the plugin installed and no events yet): seeds 10,000
 * events ({@link BenchEvents}: past and upcoming, every kind, mixed audiences, regions and organisers, some drafts,
 * closed or cancelled) and 200,000 registrations through the plugin's own routes at 32 concurrent clients (the
 * secretariat creates and publishes the events and registers people without an account,
 * {@code POST /events/{id}/registrations}, forty per upcoming published event, so that the small ones fill and keep
 * a waiting list; the portal has no batch import of events), and prints how long that took. Then, at 32
 * concurrent clients, each measured after a warm-up:
 * <ul>
 * <li>the baseline, {@code GET /api/me} (a trivial core route for the same kind of caller), in the same run;</li>
 * <li>event lists as a visitor, a member's staff, a coordinator, an overseas partner and the secretariat, with
 * filters (kind, region, audience, month, past events) and later pages ({@code offset});</li>
 * <li>one-click registrations ({@code POST /events/{id}/registration}) of the eight demo users into the upcoming
 * events meant for them (public and all-members, for the overseas partner public and overseas-partners), each user
 * into each event at most once, full events putting them on the waiting list.</li>
 * </ul>
 * Prints throughput and p50/p90/p99/max of each, their ratios to the baseline, the registrations' outcomes and the
 * load average at the start and the end (the machine may be shared).
 *
 * <p>Settings (system properties): as {@link Portal}, plus {@code clients} (32), {@code seconds} (30 per timed run),
 * {@code warmup} (15 s; twice that for the lists, which come first), {@code events} (10000),
 * {@code registrations} (200000), {@code admin} (jilc.secretariat), {@code password} (portal-demo).
 */
public final class EventsBenchmark {

    private static final String BASE = "/api/plugins/events/events";
    private static final String JSON = "application/json";
    private static final List<String> USERS = List.of("jilc.secretariat", "tama.admin", "tama.staff",
            "hamamatsu.staff", "hamamatsu.coordinator", "wide.coordinator", "jst.agency", "overseas.partner");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z-]+)\"");

    /**
     * Someone listing events.
     *
     * @param name  a label
     * @param login their login; null for a visitor
     */
    private record Role(String name, Portal.Login login) {
        String token() throws Exception {
            return login == null ? null : login.token();
        }
    }

    private EventsBenchmark() {
    }

    /** @param args unused; see the class comment for settings */
    public static void main(String[] args) throws Exception {
        Portal portal = new Portal();
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmup", 15);
        int events = Integer.getInteger("events", 10_000);
        int registrations = Integer.getInteger("registrations", 200_000);
        String password = System.getProperty("password", "portal-demo");
        System.out.printf(Locale.ROOT, "Events benchmark: %d clients, %d s per run after %d s warm-up; %,d events,"
                + " %,d registrations; %d processors, load average at start %s%n", clients, seconds, warmup, events,
                registrations, Runtime.getRuntime().availableProcessors(), Load.loadAverage());

        Portal.Login secretariat = new Portal.Login(System.getProperty("admin", "jilc.secretariat"), password);
        portal.awaitPlugin(BASE);
        long[] ids = seedEvents(portal, secretariat, events, clients);
        List<Long> open = new ArrayList<>();
        Map<String, List<Long>> openByAudience = new TreeMap<>();
        for (int n = 0; n < events; n++) {
            BenchEvents.Plan plan = BenchEvents.plan(n);
            if (plan.takesRegistrations()) {
                open.add(ids[n]);
                openByAudience.computeIfAbsent(plan.audience(), a -> new ArrayList<>()).add(ids[n]);
            }
        }
        seedRegistrations(portal, secretariat, open, registrations, clients);

        List<Role> roles = List.of(new Role("visitor", null),
                new Role("member staff", new Portal.Login("tama.staff", password)),
                new Role("coordinator", new Portal.Login("hamamatsu.coordinator", password)),
                new Role("overseas partner", new Portal.Login("overseas.partner", password)),
                new Role("secretariat", secretariat));
        List<String> mix = listMix();
        probe(portal, roles, mix);

        Portal.Login member = new Portal.Login("tama.staff", password);
        Load.Client baseline = worker -> portal.get("/api/me", member.token()).statusCode() == 200;
        Load.Client lists = new Lists(portal, roles, mix, clients)::next;
        OneClick oneClick = new OneClick(portal, password, openByAudience, clients);

        Load.run(clients, warmup, baseline);
        Load.run(clients, 2 * warmup, lists);
        Load.run(clients, Math.max(1, warmup / 3), oneClick::next);
        oneClick.outcomes.clear();
        Load.Result baselineResult = Load.run(clients, seconds, baseline);
        System.out.println(baselineResult.line("baseline GET /api/me"));
        Load.Result listResult = Load.run(clients, seconds, lists);
        System.out.println(listResult.line("event lists (5 roles, 9 queries)"));
        Load.Result registrationResult = Load.run(clients, seconds, oneClick::next);
        System.out.println(registrationResult.line("one-click registrations"));

        System.out.println();
        System.out.println(baselineResult.line("baseline GET /api/me"));
        System.out.println(listResult.line("GET /events (lists)"));
        System.out.println(registrationResult.line("POST /events/{id}/registration"));
        Load.ratio("lists", listResult, baselineResult);
        Load.ratio("registrations", registrationResult, baselineResult);
        System.out.printf(Locale.ROOT, "registration outcomes: %s%n", new TreeMap<>(Map.copyOf(oneClick.outcomes)));
        System.out.printf(Locale.ROOT, "load average at end %s%n", Load.loadAverage());
    }

    /** The queries of the list mix: filters of the list screen, past events, later pages. */
    private static List<String> listMix() {
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).plusMonths(1).toString();
        return List.of("", "kind=seminar", "region=Kanto", "audience=public", "when=past", "month=" + month,
                "offset=50", "when=past&offset=100&limit=20", "kind=matching-fair&region=Chubu");
    }

    /** Creates the events (and publishes, closes or cancels them as planned); returns their ids by number. */
    private static long[] seedEvents(Portal portal, Portal.Login secretariat, int count, int clients)
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long[] ids = new long[count];
        long begin = System.nanoTime();
        Load.parallel(count, clients, n -> {
            String token = secretariat.token();
            HttpResponse<String> created = portal.post(BASE, JSON, bytes(BenchEvents.json(n, today).toString()),
                    token);
            Portal.expect(created, 201, "creating event " + n);
            try (var reader = Json.createReader(new StringReader(created.body()))) {
                ids[n] = reader.readObject().getJsonNumber("id").longValue();
            }
            BenchEvents.Fate fate = BenchEvents.plan(n).fate();
            if (fate != BenchEvents.Fate.DRAFT) {
                Portal.expect(portal.post(BASE + "/" + ids[n] + "/publish", JSON, new byte[0], token), 200, "publishing");
            }
            if (fate == BenchEvents.Fate.CLOSED || fate == BenchEvents.Fate.CANCELLED) {
                String action = fate == BenchEvents.Fate.CLOSED ? "/close" : "/cancel";
                Portal.expect(portal.post(BASE + "/" + ids[n] + action, JSON, new byte[0], token), 200, action);
            }
        });
        System.out.printf(Locale.ROOT, "seeded %,d events through the API (create, then publish/close/cancel) at %d"
                + " clients: %.1f s%n", count, clients, (System.nanoTime() - begin) / 1e9);
        return ids;
    }

    /**
     * Registers people without an account, round robin over the events that take registrations, forty per event on
     * average (over fewer events when fewer registrations are asked for), so that the small events fill up.
     */
    private static void seedRegistrations(Portal portal, Portal.Login secretariat, List<Long> open, int count,
                                          int clients) throws Exception {
        List<Long> events = open.subList(0, Math.clamp(count / 40, 1, open.size()));
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        long begin = System.nanoTime();
        Load.parallel(count, clients, k -> {
            HttpResponse<String> registered = portal.post(BASE + "/" + events.get(k % events.size())
                    + "/registrations", JSON, bytes(BenchEvents.registrant(k).toString()), secretariat.token());
            Portal.expect(registered, 200, "registration " + k);
            count(outcomes, registered.body());
        });
        System.out.printf(Locale.ROOT, "seeded %,d registrations into %,d upcoming events through the organisers'"
                        + " route at %d clients: %.1f s; %s%n", count, events.size(), clients,
                (System.nanoTime() - begin) / 1e9, new TreeMap<>(Map.copyOf(outcomes)));
    }

    /** Each role's first page of each query answers 200; a visitor sees public events only. */
    private static void probe(Portal portal, List<Role> roles, List<String> mix) throws Exception {
        StringBuilder counts = new StringBuilder();
        for (Role role : roles) {
            counts.append(role.name()).append(':');
            for (String query : mix) {
                HttpResponse<String> list = portal.get(BASE + "?" + query, role.token());
                Portal.expect(list, 200, role.name() + " listing ?" + query);
                JsonArray events;
                try (var reader = Json.createReader(new StringReader(list.body()))) {
                    events = reader.readArray();
                }
                counts.append(' ').append(events.size());
                for (JsonValue event : events) {
                    String audience = event.asJsonObject().getJsonObject("audience").getString("kind");
                    if (role.login() == null && !audience.equals("public")) {
                        throw new IllegalStateException("a visitor was shown an event for " + audience);
                    }
                }
            }
            counts.append("; ");
        }
        System.out.printf(Locale.ROOT, "events per page of the mix %s: %s%n", mix, counts.toString().strip());
    }


    private static void count(Map<String, LongAdder> outcomes, String body) {
        Matcher status = STATUS.matcher(body);
        outcomes.computeIfAbsent(status.find() ? status.group(1) : "?", s -> new LongAdder()).increment();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Each client's role and place in the list mix. */
    private static final class Lists {
        private final Portal portal;
        private final List<Role> roles;
        private final List<String> mix;
        private final int[] position;

        Lists(Portal portal, List<Role> roles, List<String> mix, int clients) {
            this.portal = portal;
            this.roles = roles;
            this.mix = mix;
            this.position = new int[clients];
            for (int i = 0; i < clients; i++) {
                position[i] = i % mix.size();
            }
        }

        boolean next(int worker) throws Exception {
            String query = mix.get(position[worker]);
            position[worker] = (position[worker] + 1) % mix.size();
            Role role = roles.get(worker % roles.size());
            return portal.get(BASE + "?" + query, role.token()).statusCode() == 200;
        }
    }

    /**
     * One-click registrations: client {@code c} is demo user {@code c % 8} and walks its own slice of the events meant
     * for that user, so that no user registers twice for an event while the eight users compete for the same events.
     */
    private static final class OneClick {
        private final Portal portal;
        private final List<Portal.Login> logins = new ArrayList<>();
        private final List<List<Long>> eventsOf = new ArrayList<>();
        private final int slices;
        private final int[] next;
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

        OneClick(Portal portal, String password, Map<String, List<Long>> openByAudience, int clients) {
            this.portal = portal;
            for (String user : USERS) {
                logins.add(new Portal.Login(user, password));
                String own = user.equals("overseas.partner") ? "overseas-partners" : "all-members";
                eventsOf.add(Stream.of("public", own)
                        .flatMap(a -> openByAudience.getOrDefault(a, List.of()).stream()).sorted().toList());
            }
            this.slices = (clients + USERS.size() - 1) / USERS.size();
            this.next = new int[clients];
            for (int c = 0; c < clients; c++) {
                next[c] = c / USERS.size();
            }
        }

        boolean next(int worker) throws Exception {
            List<Long> events = eventsOf.get(worker % USERS.size());
            int index = next[worker];
            if (index >= events.size()) {
                throw new IllegalStateException("client " + worker + " ran out of events to register for");
            }
            next[worker] += slices;
            HttpResponse<String> registered = portal.post(BASE + "/" + events.get(index) + "/registration", JSON,
                    new byte[0], logins.get(worker % USERS.size()).token());
            count(outcomes, registered.body());
            return registered.statusCode() == 200;
        }
    }
}
