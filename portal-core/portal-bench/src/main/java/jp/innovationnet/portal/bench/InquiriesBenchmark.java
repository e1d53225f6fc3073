package jp.innovationnet.portal.bench;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Measures the inquiry desk plugin on a running portal (with the plugin installed and no inquiries yet): registers
 * TAMA (so that inquiries can be routed to it besides the seeded JST), seeds 100,000 inquiries through the plugin's
 * own routes at 32 concurrent clients ({@link BenchInquiries}: members ask, {@code POST /inquiries}; the secretariat
 * routes one in four, {@code POST /inquiries/{ref}/referrals}; JST answers some, TAMA accepts some), and prints how
 * long that took. Then, at 32 concurrent clients, each measured after a warm-up:
 * <ul>
 * <li>the baseline, {@code GET /api/me}, in the same run;</li>
 * <li>the queue, {@code GET /inquiries}, as the secretariat (every inquiry) and as the staff of the receiving
 * organizations JST and TAMA (what was routed to them, the rule applied in SQL), with filters (status, topic,
 * region, receiver, assignee, service level, text) and a later page;</li>
 * <li>{@code GET /mine} of a member who asked about a hundred inquiries, and of one who asked a fifth of all;</li>
 * <li>asking, {@code POST /inquiries}, by the members in turn.</li>
 * </ul>
 * Prints throughput and p50/p90/p99/max of each, their ratios to the baseline, and the load average at the start
 * and the end (the machine may be shared).
 *
 * <p>Settings (system properties): as {@link Portal}, plus {@code clients} (32), {@code seconds} (30 per timed run),
 * {@code warmup} (15 s), {@code inquiries} (100000), {@code admin} (jilc.secretariat), {@code password}
 * (portal-demo).
 */
public final class InquiriesBenchmark {

    private static final String BASE = "/api/plugins/inquiries";
    private static final String JSON = "application/json";
    private static final String TAMA = """
            {"id":"tama","kind":"member","membershipClass":"full","domains":["tama.example"],
             "profile":{"nameJa":"一般社団法人首都圏産業活性化協会","nameEn":"Technology Advanced Metropolitan Area Association",
              "legalForm":"association","prefecture":"13","postalCode":"192-0083","website":"https://www.tamaweb.or.jp/",
              "fields":["manufacturing"],"services":["business-matching"],
              "contacts":[{"name":"多摩 太郎","email":"taro@tama.example","primary":true}]}}""";

    /** Someone listing the queue, and the queries they send. */
    private record Lister(String name, Portal.Login login, List<String> queries) {
    }

    private InquiriesBenchmark() {
    }

    /** @param args unused; see the class comment for settings */
    public static void main(String[] args) throws Exception {
        Portal portal = new Portal();
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmup", 15);
        int inquiries = Integer.getInteger("inquiries", 100_000);
        String password = System.getProperty("password", "portal-demo");
        System.out.printf(Locale.ROOT, "Inquiries benchmark: %d clients, %d s per run after %d s warm-up; %,d"
                + " inquiries; %d processors, load average at start %s%n", clients, seconds, warmup, inquiries,
                Runtime.getRuntime().availableProcessors(), Load.loadAverage());

        Portal.Login secretariat = new Portal.Login(System.getProperty("admin", "jilc.secretariat"), password);
        portal.awaitPlugin(BASE + "/form");
        HttpResponse<String> tama = portal.post("/api/organizations", JSON, bytes(TAMA), secretariat.token());
        if (tama.statusCode() != 409) {
            Portal.expect(tama, 201, "registering TAMA");
        }
        Map<String, Portal.Login> logins = new TreeMap<>();
        for (String user : List.of("tama.staff", "tama.admin", "hamamatsu.staff", "hamamatsu.coordinator",
                "wide.coordinator", "overseas.partner", "jst.agency")) {
            logins.put(user, new Portal.Login(user, password));
        }
        seed(portal, secretariat, logins, inquiries, clients);

        List<Lister> listers = List.of(
                new Lister("secretariat", secretariat, List.of("", "status=new", "topic=technology&region=Kanto",
                        "status=routed&receiver=jst", "sla=overdue", "status=answered&topic=startup",
                        "q=" + Portal.encode("特許"), "offset=5000")),
                new Lister("JST", logins.get("jst.agency"), List.of("", "status=routed", "status=answered",
                        "region=Kinki", "assignee=me", "sla=due-soon", "offset=500")),
                new Lister("TAMA", logins.get("tama.staff"), List.of("", "status=in-progress", "topic=overseas",
                        "status=routed&region=Chubu", "offset=500")));
        probe(portal, listers);

        Portal.Login member = logins.get("tama.staff");
        Load.Client baseline = worker -> portal.get("/api/me", member.token()).statusCode() == 200;
        Load.Client queue = new Queue(portal, listers, clients)::next;
        Portal.Login rare = logins.get(BenchInquiries.RARE_ASKER);
        Load.Client mineFew = worker -> portal.get(BASE + "/mine", rare.token()).statusCode() == 200;
        Load.Client mineMany = worker -> portal.get(BASE + "/mine", member.token()).statusCode() == 200;
        AtomicInteger asked = new AtomicInteger(inquiries);
        Load.Client asking = worker -> {
            int n = asked.getAndIncrement();
            return portal.post(BASE + "/inquiries", JSON, bytes(BenchInquiries.json(n).toString()),
                    logins.get(BenchInquiries.asker(n)).token()).statusCode() == 201;
        };

        Load.run(clients, warmup, baseline);
        Load.run(clients, warmup, queue);
        Load.run(clients, Math.max(1, warmup / 3), asking);
        Load.Result baselineResult = Load.run(clients, seconds, baseline);
        System.out.println(baselineResult.line("baseline GET /api/me"));
        Load.Result queueResult = Load.run(clients, seconds, queue);
        System.out.println(queueResult.line("queue (3 roles, 20 queries)"));
        Load.Result fewResult = Load.run(clients, seconds, mineFew);
        System.out.println(fewResult.line("GET /mine (asker of ~" + inquiries / BenchInquiries.RARE_EVERY + ")"));
        Load.Result manyResult = Load.run(clients, Math.max(1, seconds / 3), mineMany);
        System.out.println(manyResult.line("GET /mine (asker of ~" + inquiries / BenchInquiries.ASKERS.size() + ")"));
        Load.Result askingResult = Load.run(clients, seconds, asking);
        System.out.println(askingResult.line("POST /inquiries"));

        System.out.println();
        System.out.println(baselineResult.line("baseline GET /api/me"));
        System.out.println(queueResult.line("GET /inquiries (queue)"));
        System.out.println(fewResult.line("GET /mine (few)"));
        System.out.println(manyResult.line("GET /mine (a fifth of all)"));
        System.out.println(askingResult.line("POST /inquiries"));
        Load.ratio("queue", queueResult, baselineResult);
        Load.ratio("mine (few)", fewResult, baselineResult);
        Load.ratio("mine (many)", manyResult, baselineResult);
        Load.ratio("asking", askingResult, baselineResult);
        System.out.printf(Locale.ROOT, "load average at end %s%n", Load.loadAverage());
    }

    /**
     * Asks the inquiries and routes, answers or accepts them as {@link BenchInquiries#fate} says: those missing when
     * the portal kept an earlier run's inquiries ({@code PORTAL_BENCH_KEEP=1}).
     */
    private static void seed(Portal portal, Portal.Login secretariat, Map<String, Portal.Login> logins, int count,
                             int clients) throws Exception {
        // the queue's total is exact only up to 1,000 past the page: ask for the page of the last one wanted
        HttpResponse<String> existing = portal.get(BASE + "/inquiries?limit=1&offset=" + (count - 1),
                secretariat.token());
        Portal.expect(existing, 200, "counting the inquiries there are");
        int first = Math.min(read(existing).getInt("total"), count);
        if (first >= count) {
            System.out.printf(Locale.ROOT, "kept %,d inquiries of an earlier run; seeding none%n", first);
            return;
        }
        Map<BenchInquiries.Fate, LongAdder> fates = new ConcurrentHashMap<>();
        Portal.Login jst = logins.get("jst.agency");
        Portal.Login tama = logins.get("tama.staff");
        AtomicInteger done = new AtomicInteger();
        long begin = System.nanoTime();
        Load.parallel(count - first, clients, seeded -> {
            int n = first + seeded;
            HttpResponse<String> created = portal.post(BASE + "/inquiries", JSON,
                    bytes(BenchInquiries.json(n).toString()), logins.get(BenchInquiries.asker(n)).token());
            Portal.expect(created, 201, "asking inquiry " + n);
            String ref = read(created).getString("reference");
            BenchInquiries.Fate fate = BenchInquiries.fate(n);
            fates.computeIfAbsent(fate, f -> new LongAdder()).increment();
            String path = BASE + "/inquiries/" + ref;
            String to = switch (fate) {
                case NEW -> null;
                case ROUTED_JST, ANSWERED_BY_JST -> "[\"jst\"]";
                case ROUTED_TAMA -> "[\"tama\"]";
                case ACCEPTED_BY_TAMA -> "[\"tama\",\"jst\"]";
            };
            if (to != null) {
                Portal.expect(portal.post(path + "/referrals", JSON, bytes("{\"organizations\":" + to + "}"),
                        secretariat.token()), 200, "routing " + ref);
            }
            if (fate == BenchInquiries.Fate.ANSWERED_BY_JST) {
                Portal.expect(portal.post(path + "/messages", JSON, bytes("{\"kind\":\"reply\",\"text\":\""
                        + "JETRO の窓口をご紹介します。 / Please contact JETRO.\"}"), jst.token()), 200, "replying");
            } else if (fate == BenchInquiries.Fate.ACCEPTED_BY_TAMA) {
                Portal.expect(portal.post(path + "/referrals/tama/accept", JSON, new byte[0], tama.token()), 200,
                        "accepting");
            }
            if (done.incrementAndGet() % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d inquiries after %.1f s (load average %s)%n", done.get(),
                        (System.nanoTime() - begin) / 1e9, Load.loadAverage());
            }
        });
        System.out.printf(Locale.ROOT, "seeded %,d inquiries through the plugin's routes (ask; route, reply or"
                        + " accept) at %d clients: %.1f s; %s%n", count - first, clients, (System.nanoTime() - begin) / 1e9,
                new TreeMap<>(Map.copyOf(fates)));
    }

    /** Each lister's first page of each query answers 200; prints the totals. */
    private static void probe(Portal portal, List<Lister> listers) throws Exception {
        StringBuilder totals = new StringBuilder();
        for (Lister lister : listers) {
            totals.append(lister.name()).append(':');
            for (String query : lister.queries()) {
                HttpResponse<String> page = portal.get(BASE + "/inquiries?" + query, lister.login().token());
                Portal.expect(page, 200, lister.name() + " listing ?" + query);
                totals.append(" [").append(query).append("] ").append(read(page).getInt("total"));
            }
            totals.append("; ");
        }
        System.out.printf(Locale.ROOT, "queue totals: %s%n", totals.toString().strip());
    }

    private static JsonObject read(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Each client's lister (by client number) and place in that lister's queries. */
    private static final class Queue {
        private final Portal portal;
        private final List<Lister> listers;
        private final int[] position;

        Queue(Portal portal, List<Lister> listers, int clients) {
            this.portal = portal;
            this.listers = listers;
            this.position = new int[clients];
            for (int i = 0; i < clients; i++) {
                position[i] = i / listers.size();
            }
        }

        boolean next(int worker) throws Exception {
            Lister lister = listers.get(worker % listers.size());
            String query = lister.queries().get(position[worker]++ % lister.queries().size());
            return portal.get(BASE + "/inquiries?" + query, lister.login().token()).statusCode() == 200;
        }
    }
}
