package jp.innovationnet.portal.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Measures the coordinator-talent exchange plugin's search (issue 16) on a running portal with the plugin installed.
 * Seeds through the real system only: the coordinators' accounts through Keycloak's admin API (realm roles
 * {@code coordinator} and {@code member-staff}, each a member of one of 65 Keycloak organizations named after the
 * network's members of 2009, {@code data/members-2009.csv}), then through the plugin's own routes at 32 clients:
 * their profiles ({@code PUT /profiles/{userId}} as the secretariat), cases ({@code POST /cases}, submitted to the
 * next coordinator who approves them), questions ({@code POST /questions} by coordinators) with their answers
 * ({@code POST /questions/{id}/answers} by the next coordinators; four in five accepted by the asker). Prints how
 * long each step took. Then, at 32 concurrent clients, each measured after a warm-up:
 * <ul>
 * <li>the baseline, {@code GET /api/me}, in the same run;</li>
 * <li>the expert finder, {@code GET /experts}, as a coordinator, a member's staff and a visitor: words in kanji,
 * kana and half-width katakana, English, tags, field, service and region filters, combinations and later pages;</li>
 * <li>case search ({@code GET /cases?q=}) and question search ({@code GET /questions?q=}).</li>
 * </ul>
 * Prints throughput and p50/p90/p99/max of each (and of each expert query within its run), the ratio of the expert
 * finder's p50 to the baseline's (issue 16's target: at most 3), and whether the variants of each word and tag found
 * the same people.
 *
 * <p>Settings (system properties): as {@link Portal}, plus {@code clients} (32), {@code seconds} (30 per timed run),
 * {@code warmup} (15 s), {@code coordinators} (2000), {@code cases} (20000), {@code answers} (50000),
 * {@code answersPerQuestion} (5), {@code admin} (jilc.secretariat), {@code password} (portal-demo, the demo users'),
 * {@code keycloak.admin.password.file} (Keycloak's bootstrap admin password, {@code var/secrets/...}),
 * {@code members} (data/members-2009.csv).
 */
public final class CoordinatorsBenchmark {

    private static final String BASE = "/api/plugins/coordinators";
    private static final String JSON = "application/json";
    private static final String BENCH_PASSWORD = "portal-bench-coordinator";

    /** A search as one client sends it: a label for the breakdown, the path and query, who asks. */
    private record Search(String label, String path, Portal.Login viewer) {
    }

    private CoordinatorsBenchmark() {
    }

    /** @param args unused; see the class comment for settings */
    public static void main(String[] args) throws Exception {
        Portal portal = new Portal();
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmup", 15);
        int coordinators = Integer.getInteger("coordinators", 2_000);
        int cases = Integer.getInteger("cases", 20_000);
        int answers = Integer.getInteger("answers", 50_000);
        int perQuestion = Integer.getInteger("answersPerQuestion", 5);
        String password = System.getProperty("password", "portal-demo");
        System.out.printf(Locale.ROOT, "Coordinators benchmark: %d clients, %d s per run after %d s warm-up; %,d"
                        + " coordinators, %,d cases, %,d answers (%d a question); %d processors, load average at start"
                        + " %s%n", clients, seconds, warmup, coordinators, cases, answers, perQuestion,
                Runtime.getRuntime().availableProcessors(), Load.loadAverage());

        Portal.Login secretariat = new Portal.Login(System.getProperty("admin", "jilc.secretariat"), password);
        // a kept database: the plugin starts after its new migrations, which may take minutes at full size
        portal.awaitPlugin(BASE + "/lists", Integer.getInteger("pluginWait", 900));
        long begin = System.nanoTime();
        List<BenchCoordinators.Organization> organizations = BenchCoordinators.organizations(
                Path.of(System.getProperty("members", "data/members-2009.csv")));
        List<String> ids = accounts(new KeycloakAdmin(), organizations, coordinators, clients);
        Logins logins = new Logins();
        profiles(portal, secretariat, ids, organizations, clients);
        cases(portal, secretariat, logins, ids, organizations, cases, clients);
        questions(portal, secretariat, logins, ids, answers, perQuestion, clients);
        System.out.printf(Locale.ROOT, "seeding took %.1f s in all; load average %s%n",
                (System.nanoTime() - begin) / 1e9, Load.loadAverage());

        Portal.Login coordinator = logins.of(BenchCoordinators.username(0));
        Portal.Login member = new Portal.Login("tama.staff", password);
        variants(portal, coordinator);

        List<Search> experts = expertSearches(coordinator, member);
        List<Search> caseSearches = List.of(
                new Search("cases q=めっき", "/cases?q=" + Portal.encode("めっき"), coordinator),
                new Search("cases q=ﾊﾝﾄﾞｳﾀｲ", "/cases?q=" + Portal.encode("ﾊﾝﾄﾞｳﾀｲ"), member),
                new Search("cases q=知財 ライセンス", "/cases?q=" + Portal.encode("知財 ライセンス"), coordinator),
                new Search("cases q=plating (visitor)", "/cases?q=plating", null),
                new Search("cases q=表面処理&region=Chubu", "/cases?q=" + Portal.encode("表面処理") + "&region=Chubu",
                        coordinator),
                new Search("cases outcome=funding-won", "/cases?outcome=funding-won&industry=metalworking", member),
                new Search("cases q=補助金&offset=100", "/cases?q=" + Portal.encode("補助金") + "&offset=100",
                        coordinator));
        List<Search> questionSearches = List.of(
                new Search("questions q=メッキ", "/questions?q=" + Portal.encode("メッキ"), coordinator),
                new Search("questions q=ｲﾘｮｳｷｷ", "/questions?q=" + Portal.encode("ｲﾘｮｳｷｷ"), member),
                new Search("questions q=公設試 評価", "/questions?q=" + Portal.encode("公設試 評価"), coordinator),
                new Search("questions field&region open", "/questions?field=semiconductors&region=Kinki&open=true",
                        member),
                new Search("questions tag=ﾊﾞｲｵ&offset=50", "/questions?tag=" + Portal.encode("ﾊﾞｲｵ") + "&offset=50",
                        coordinator));
        probe(portal, "expert finder", experts);
        probe(portal, "case search", caseSearches);
        probe(portal, "question search", questionSearches);

        Load.Client baseline = worker -> portal.get("/api/me", member.token()).statusCode() == 200;
        Mix expertMix = new Mix(portal, experts);
        Mix caseMix = new Mix(portal, caseSearches);
        Mix questionMix = new Mix(portal, questionSearches);

        Load.run(clients, warmup, baseline);
        Load.run(clients, warmup, expertMix::next);
        Load.run(clients, Math.max(1, warmup / 3), caseMix::next);
        Load.run(clients, Math.max(1, warmup / 3), questionMix::next);
        expertMix.reset();
        caseMix.reset();
        questionMix.reset();
        Load.Result baselineResult = Load.run(clients, seconds, baseline);
        System.out.println(baselineResult.line("baseline GET /api/me"));
        Load.Result expertResult = Load.run(clients, seconds, expertMix::next);
        System.out.println(expertResult.line("GET /experts (" + experts.size() + " queries, 3 roles)"));
        expertMix.breakdown();
        Load.Result caseResult = Load.run(clients, seconds, caseMix::next);
        System.out.println(caseResult.line("GET /cases (" + caseSearches.size() + " queries)"));
        caseMix.breakdown();
        Load.Result questionResult = Load.run(clients, seconds, questionMix::next);
        System.out.println(questionResult.line("GET /questions (" + questionSearches.size() + " queries)"));
        questionMix.breakdown();

        System.out.println();
        System.out.println(baselineResult.line("baseline GET /api/me"));
        System.out.println(expertResult.line("GET /experts (expert finder)"));
        System.out.println(caseResult.line("GET /cases (case search)"));
        System.out.println(questionResult.line("GET /questions (question search)"));
        Load.ratio("experts", expertResult, baselineResult);
        Load.ratio("cases", caseResult, baselineResult);
        Load.ratio("questions", questionResult, baselineResult);
        double ratio = (double) expertResult.histogram().getValueAtPercentile(50)
                / baselineResult.histogram().getValueAtPercentile(50);
        System.out.printf(Locale.ROOT, "expert finder p50 / GET /api/me p50 = %.2f (issue 16's target: <= 3): %s%n",
                ratio, ratio <= 3 ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "load average at end %s%n", Load.loadAverage());
    }

    private static List<Search> expertSearches(Portal.Login coordinator, Portal.Login member) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String word : List.of("めっき", "メッキ", "ﾒｯｷ", "表面処理", "ひょうめんしょり", "半導体", "ﾊﾝﾄﾞｳﾀｲ", "知財",
                "産学連携", "医療機器 食品", "plating")) {
            queries.put("q=" + word, "q=" + Portal.encode(word));
        }
        queries.put("tag=メッキ", "tag=" + Portal.encode("メッキ"));
        queries.put("tag=ﾁｻﾞｲ", "tag=" + Portal.encode("ﾁｻﾞｲ"));
        queries.put("field=semiconductors", "field=semiconductors");
        queries.put("service=ip-licensing", "service=ip-licensing");
        queries.put("region=Chubu", "region=Chubu");
        queries.put("q=表面処理&region=Chubu", "q=" + Portal.encode("表面処理") + "&region=Chubu");
        queries.put("q=食品&field&service", "q=" + Portal.encode("食品") + "&field=agri-food&service=sme-support");
        queries.put("tag=めっき&region&service", "tag=" + Portal.encode("めっき")
                + "&region=Kanto&service=technology-transfer");
        queries.put("q=ﾊﾞｲｵ&offset=100", "q=" + Portal.encode("ﾊﾞｲｵ") + "&offset=100");
        queries.put("field=manufacturing&offset=200", "field=manufacturing&offset=200");
        queries.put("(no filter)", "");
        List<Search> searches = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> query : queries.entrySet()) {
            // a coordinator, a member's staff and a visitor in turn
            Portal.Login viewer = switch (i++ % 3) {
                case 0 -> coordinator;
                case 1 -> member;
                default -> null;
            };
            String who = viewer == coordinator ? " (coordinator)" : viewer == member ? " (member)" : " (visitor)";
            searches.add(new Search(query.getKey() + who, "/experts?" + query.getValue(), viewer));
        }
        return searches;
    }

    // --- seeding ---------------------------------------------------------------------------------------------------

    /**
     * The Keycloak organizations and the coordinators' accounts, created when missing (Keycloak keeps them between
     * runs, whatever the portal's data).
     *
     * @return the coordinators' user ids, by number
     */
    private static List<String> accounts(KeycloakAdmin keycloak, List<BenchCoordinators.Organization> organizations,
                                         int count, int clients) throws Exception {
        long begin = System.nanoTime();
        Map<String, String> organizationIds = new HashMap<>();
        for (JsonValue existing : keycloak.list("organizations?briefRepresentation=true&first=0&max=1000")) {
            JsonObject o = existing.asJsonObject();
            organizationIds.put(o.getString("alias", ""), o.getString("id"));
        }
        int created = 0;
        for (BenchCoordinators.Organization organization : organizations) {
            if (organizationIds.containsKey(organization.alias())) {
                continue;
            }
            JsonObject body = Json.createObjectBuilder().add("name", organization.nameJa() + "（ベンチ）")
                    .add("alias", organization.alias()).add("enabled", true)
                    .add("description", organization.nameEn() + " (coordinators benchmark)")
                    .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("name", organization.alias() + ".example").add("verified", false))).build();
            HttpResponse<String> response = keycloak.post("organizations", body.toString());
            Portal.expect(response, 201, "creating the Keycloak organization " + organization.alias());
            organizationIds.put(organization.alias(), idOf(response));
            created++;
        }
        Map<String, String> userIds = new ConcurrentHashMap<>();
        for (int first = 0; ; first += 500) {
            JsonArray page = keycloak.list("users?briefRepresentation=true&exact=false&username="
                    + Portal.encode("bench.coordinator.") + "&first=" + first + "&max=500");
            page.forEach(u -> userIds.put(u.asJsonObject().getString("username"), u.asJsonObject().getString("id")));
            if (page.size() < 500) {
                break;
            }
        }
        String roles = Json.createArrayBuilder().add(keycloak.get("roles/coordinator"))
                .add(keycloak.get("roles/member-staff")).build().toString();
        AtomicInteger added = new AtomicInteger();
        Load.parallel(count, Math.min(clients, 8), n -> {
            String username = BenchCoordinators.username(n);
            if (userIds.containsKey(username)) {
                return;
            }
            BenchCoordinators.Organization organization = organizations.get(n % organizations.size());
            HttpResponse<String> user = keycloak.post("users",
                    BenchCoordinators.account(n, organization, BENCH_PASSWORD).toString());
            Portal.expect(user, 201, "creating " + username);
            String id = idOf(user);
            Portal.expect(keycloak.post("users/" + id + "/role-mappings/realm", roles), 204, "roles of " + username);
            Portal.expect(keycloak.post("organizations/" + organizationIds.get(organization.alias()) + "/members",
                    Json.createValue(id).toString()), 201, "membership of " + username);
            userIds.put(username, id);
            added.incrementAndGet();
        });
        System.out.printf(Locale.ROOT, "Keycloak: %d organizations created (%d there), %,d coordinator accounts created"
                        + " (%,d there) through the admin API: %.1f s%n", created, organizations.size(), added.get(),
                count, (System.nanoTime() - begin) / 1e9);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ids.add(userIds.get(BenchCoordinators.username(n)));
        }
        return ids;
    }

    /** The profiles, written by the secretariat ({@code PUT /profiles/{userId}}), unless all are there. */
    private static void profiles(Portal portal, Portal.Login secretariat, List<String> ids,
                                 List<BenchCoordinators.Organization> organizations, int clients) throws Exception {
        int there = total(portal, BASE + "/experts?limit=1", secretariat);
        if (there >= ids.size()) {
            System.out.printf(Locale.ROOT, "kept %,d profiles of an earlier run; seeding none%n", there);
            return;
        }
        long begin = System.nanoTime();
        Load.parallel(ids.size(), clients, n -> Portal.expect(portal.put(BASE + "/profiles/" + ids.get(n), JSON,
                bytes(BenchCoordinators.profile(n, organizations.get(n % organizations.size())).toString()),
                secretariat.token()), 200, "writing profile " + n));
        System.out.printf(Locale.ROOT, "seeded %,d profiles (PUT /profiles/{userId} as the secretariat) at %d clients:"
                + " %.1f s%n", ids.size(), clients, (System.nanoTime() - begin) / 1e9);
    }

    /**
     * The cases missing: case {@code c} is written by coordinator {@code c / perAuthor} (so that each coordinator's
     * cases are seeded together, on one token), submitted to the next coordinator, who approves it.
     */
    private static void cases(Portal portal, Portal.Login secretariat, Logins logins, List<String> ids,
                              List<BenchCoordinators.Organization> organizations, int count, int clients)
            throws Exception {
        int first = Math.min(total(portal, BASE + "/cases?limit=1", secretariat), count);
        if (first >= count) {
            System.out.printf(Locale.ROOT, "kept %,d published cases of an earlier run; seeding none%n", first);
            return;
        }
        int perAuthor = (count + ids.size() - 1) / ids.size();
        AtomicInteger done = new AtomicInteger();
        long begin = System.nanoTime();
        Load.parallel(count - first, clients, seeded -> {
            int c = first + seeded;
            int author = c / perAuthor % ids.size();
            int reviewer = (author + 1) % ids.size();
            Portal.Login writer = logins.of(BenchCoordinators.username(author));
            HttpResponse<String> created = portal.post(BASE + "/cases", JSON, bytes(BenchCoordinators.supportCase(c,
                    author, organizations.get(author % organizations.size()).region()).toString()), writer.token());
            Portal.expect(created, 201, "writing case " + c);
            long id = read(created).getJsonNumber("id").longValue();
            Portal.expect(portal.post(BASE + "/cases/" + id + "/submit", JSON,
                    bytes("{\"reviewerId\":\"" + ids.get(reviewer) + "\"}"), writer.token()), 200, "submitting " + c);
            Portal.expect(portal.post(BASE + "/cases/" + id + "/approve", JSON, new byte[0],
                    logins.of(BenchCoordinators.username(reviewer)).token()), 200, "approving " + c);
            progress(done, 2_000, "cases", begin);
        });
        System.out.printf(Locale.ROOT, "seeded %,d published cases (write, submit, approve by another coordinator) at"
                + " %d clients: %.1f s%n", count - first, clients, (System.nanoTime() - begin) / 1e9);
    }

    /**
     * The questions missing with their answers: question {@code q} is asked by coordinator {@code q * n / questions},
     * answered by the next ones in turn, and four in five accept one answer.
     */
    private static void questions(Portal portal, Portal.Login secretariat, Logins logins, List<String> ids,
                                  int answers, int perQuestion, int clients) throws Exception {
        int count = (answers + perQuestion - 1) / perQuestion;
        int first = Math.min(total(portal, BASE + "/questions?limit=1", secretariat), count);
        if (first >= count) {
            System.out.printf(Locale.ROOT, "kept %,d questions of an earlier run; seeding none%n", first);
            return;
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long begin = System.nanoTime();
        Load.parallel(count - first, clients, seeded -> {
            int q = first + seeded;
            int asker = (int) ((long) q * ids.size() / count);
            Portal.Login asking = logins.of(BenchCoordinators.username(asker));
            HttpResponse<String> asked = portal.post(BASE + "/questions", JSON,
                    bytes(BenchCoordinators.question(q).toString()), asking.token());
            Portal.expect(asked, 201, "asking question " + q);
            long id = read(asked).getJsonNumber("id").longValue();
            int these = Math.min(perQuestion, answers - q * perQuestion);
            JsonObject last = null;
            for (int a = 0; a < these; a++) {
                Portal.Login answerer = logins.of(BenchCoordinators.username((asker + 1 + a) % ids.size()));
                HttpResponse<String> answered = portal.post(BASE + "/questions/" + id + "/answers", JSON,
                        bytes(BenchCoordinators.answer(q, a).toString()), answerer.token());
                Portal.expect(answered, 201, "answering question " + q);
                last = read(answered);
                written.incrementAndGet();
            }
            if (last != null && q % 5 != 4) {
                JsonArray list = last.getJsonArray("answers");
                long answerId = list.getJsonObject(q % list.size()).getJsonNumber("id").longValue();
                Portal.expect(portal.post(BASE + "/questions/" + id + "/accept", JSON,
                        bytes("{\"answerId\":" + answerId + "}"), asking.token()), 200, "accepting on " + q);
                accepted.incrementAndGet();
            }
            progress(done, 1_000, "questions", begin);
        });
        System.out.printf(Locale.ROOT, "seeded %,d questions with %,d answers (%,d accepted) through the plugin's"
                        + " routes at %d clients: %.1f s%n", count - first, written.get(), accepted.get(), clients,
                (System.nanoTime() - begin) / 1e9);
    }

    private static void progress(AtomicInteger done, int every, String what, long begin) {
        if (done.incrementAndGet() % every == 0) {
            System.out.printf(Locale.ROOT, "  %,d %s after %.1f s (load average %s)%n", done.get(), what,
                    (System.nanoTime() - begin) / 1e9, Load.loadAverage());
        }
    }

    // --- checks and measures ---------------------------------------------------------------------------------------

    /** Each theme's spellings, as words and as tags, find the same coordinators (as a coordinator sees them). */
    private static void variants(Portal portal, Portal.Login viewer) throws Exception {
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (BenchCoordinators.Theme theme : BenchCoordinators.THEMES) {
            for (String parameter : List.of("q", "tag")) {
                List<String> found = new ArrayList<>();
                StringBuilder totals = new StringBuilder();
                for (String variant : theme.variants()) {
                    HttpResponse<String> page = portal.get(BASE + "/experts?limit=100&" + parameter + "="
                            + Portal.encode(variant), viewer.token());
                    Portal.expect(page, 200, "finding " + parameter + "=" + variant);
                    JsonObject body = read(page);
                    List<String> people = body.getJsonArray("items").stream()
                            .map(item -> item.asJsonObject().getString("userId"))
                            .sorted().toList();
                    found.add(body.getInt("total") + ":" + people);
                    totals.append(totals.isEmpty() ? "" : "/").append(variant).append(' ').append(body.getInt("total"));
                }
                if (found.stream().distinct().count() == 1) {
                    same++;
                } else {
                    differ.add(parameter + ": " + totals);
                }
                if (theme == BenchCoordinators.THEMES.get(0)) {
                    System.out.printf(Locale.ROOT, "variants, e.g. %s: %s%n", parameter, totals);
                }
            }
        }
        System.out.printf(Locale.ROOT, "kanji, kana and half-width variants finding the same coordinators (words and"
                + " tags of %d themes): %d of %d%s%n", BenchCoordinators.THEMES.size(), same,
                2 * BenchCoordinators.THEMES.size(), differ.isEmpty() ? "" : "; differ: " + differ);
    }

    /** Each search answers 200; prints the totals. */
    private static void probe(Portal portal, String what, List<Search> searches) throws Exception {
        StringBuilder totals = new StringBuilder();
        for (Search search : searches) {
            HttpResponse<String> page = portal.get(BASE + search.path(),
                    search.viewer() == null ? null : search.viewer().token());
            Portal.expect(page, 200, search.label());
            totals.append(totals.isEmpty() ? "" : "; ").append(search.label()).append(' ')
                    .append(read(page).getInt("total"));
        }
        System.out.printf(Locale.ROOT, "%s totals: %s%n", what, totals);
    }

    private static int total(Portal portal, String path, Portal.Login viewer) throws Exception {
        HttpResponse<String> page = portal.get(path, viewer.token());
        Portal.expect(page, 200, "counting at " + path);
        return read(page).getInt("total");
    }

    private static String idOf(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonObject read(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The coordinators' tokens, each fetched when first needed (and again after four minutes). */
    private static final class Logins {
        private final Map<String, Portal.Login> logins = new ConcurrentHashMap<>();

        Portal.Login of(String username) {
            return logins.computeIfAbsent(username, u -> new Portal.Login(u, BENCH_PASSWORD));
        }
    }

    /**
     * A mix of searches: each client goes through them in turn from its own place; latencies are kept per search too.
     */
    private static final class Mix {
        private final Portal portal;
        private final List<Search> searches;
        private final Map<String, Recorder> recorders = new LinkedHashMap<>();
        private final int[] position = new int[1024];

        Mix(Portal portal, List<Search> searches) {
            this.portal = portal;
            this.searches = searches;
            for (int i = 0; i < position.length; i++) {
                position[i] = i;
            }
            searches.forEach(s -> recorders.put(s.label(), new Recorder(3)));
        }

        boolean next(int worker) throws Exception {
            Search search = searches.get(position[worker]++ % searches.size());
            long begin = System.nanoTime();
            int status = portal.get(BASE + search.path(), search.viewer() == null ? null
                    : search.viewer().token()).statusCode();
            recorders.get(search.label()).recordValue(Math.max(1, (System.nanoTime() - begin) / 1_000));
            return status == 200;
        }

        void reset() {
            recorders.values().forEach(Recorder::getIntervalHistogram);
        }

        void breakdown() {
            recorders.forEach((label, recorder) -> {
                Histogram h = recorder.getIntervalHistogram();
                System.out.printf(Locale.ROOT, "    %-44s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  (%d)%n", label,
                        h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                        h.getValueAtPercentile(99) / 1000.0, h.getTotalCount());
            });
        }
    }

    /** Keycloak's admin REST API as its bootstrap admin (a token of the master realm, fetched again each 45 s). */
    private static final class KeycloakAdmin {
        private final String keycloak = System.getProperty("keycloak.url", "http://localhost:8180");
        private final String realm = System.getProperty("realm", "innovation-net");
        private final String password;
        private String token;
        private long fetchedAt;

        KeycloakAdmin() throws Exception {
            String file = System.getProperty("keycloak.admin.password.file", "var/secrets/keycloak-admin-password");
            password = System.getProperty("keycloak.admin.password", Files.readString(Path.of(file)).strip());
        }

        private synchronized String token() throws Exception {
            if (token == null || System.nanoTime() - fetchedAt > Duration.ofSeconds(45).toNanos()) {
                String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                        + Portal.encode(password);
                HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(
                                URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
                Portal.expect(response, 200, "Keycloak's admin token");
                token = read(response).getString("access_token");
                fetchedAt = System.nanoTime();
            }
            return token;
        }

        private HttpRequest.Builder request(String path) throws Exception {
            return HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + realm + "/" + path))
                    .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token());
        }

        JsonObject get(String path) throws Exception {
            HttpResponse<String> response = Portal.send(request(path).GET().build());
            Portal.expect(response, 200, "GET " + path);
            return read(response);
        }

        JsonArray list(String path) throws Exception {
            HttpResponse<String> response = Portal.send(request(path).GET().build());
            Portal.expect(response, 200, "GET " + path);
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readArray();
            }
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return Portal.send(request(path).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }
    }
}
