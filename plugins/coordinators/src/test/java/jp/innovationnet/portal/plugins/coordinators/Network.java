package jp.innovationnet.portal.plugins.coordinators;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugin.testkit.PluginHarness;
import jp.innovationnet.portal.plugin.testkit.TestClock;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

/**
 * The demo network the tests run in: the demo users of the README (two member organizations, TAMA and Hamamatsu
 * Technopolis, a coordinator of both), the secretariat, a steering agency and a visitor, with the plugin started.
 */
final class Network implements AutoCloseable {

    static final Caller SECRETARIAT = caller("u-jilc", "jilc", "secretariat");
    static final Caller TAMA_ADMIN = caller("u-tama-admin", "tama", "member-admin", "member-staff");
    static final Caller TAMA_STAFF = caller("u-tama-staff", "tama", "member-staff");
    static final Caller HAMAMATSU_STAFF = caller("u-hama-staff", "hamamatsu", "member-staff");
    static final Caller HAMAMATSU_COORDINATOR = caller("u-hama-coord", "hamamatsu", "coordinator", "member-staff");
    static final Caller WIDE_COORDINATOR = caller("u-wide-coord", "tama", "coordinator", "member-staff");
    static final Caller AGENCY = caller("u-jst", "jst", "steering-agency");
    static final Caller OVERSEAS = caller("u-overseas", null, "overseas-partner");
    static final Caller VISITOR = Caller.anonymous(Locale.JAPANESE);

    /** Every demo role and organization, and a visitor. */
    static final Map<String, Caller> EVERYONE = Map.of("secretariat", SECRETARIAT, "tama.admin", TAMA_ADMIN,
            "tama.staff", TAMA_STAFF, "hamamatsu.staff", HAMAMATSU_STAFF, "hamamatsu.coordinator",
            HAMAMATSU_COORDINATOR, "wide.coordinator", WIDE_COORDINATOR, "jst.agency", AGENCY, "overseas.partner",
            OVERSEAS, "visitor", VISITOR);

    final PluginHarness plugin;

    private Network(PluginHarness plugin) {
        this.plugin = plugin;
    }

    static Network start() throws Exception {
        return start(java.time.Clock.systemUTC());
    }

    /** @param clock the plugin's time, e.g. a {@link TestClock} */
    static Network start(java.time.Clock clock) throws Exception {
        PluginHarness plugin = PluginHarness.start("coordinators", new CoordinatorsPlugin(clock));
        plugin.context().directory()
                .add(organization("tama", "首都圏産業活性化協会", "TAMA Association", "Tokyo", "Kanto"),
                        person(TAMA_ADMIN), person(TAMA_STAFF), person(WIDE_COORDINATOR))
                .add(organization("hamamatsu", "浜松地域イノベーション推進機構", "Hamamatsu Technopolis",
                                "Shizuoka", "Chubu"),
                        person(HAMAMATSU_STAFF), person(HAMAMATSU_COORDINATOR), person(WIDE_COORDINATOR))
                .add(organization("jilc", "日本立地センター", "JILC", "Tokyo", "Kanto"), person(SECRETARIAT));
        return new Network(plugin);
    }

    private static Caller caller(String userId, String organization, String... roles) {
        return TestRequest.caller(userId, organization, Locale.JAPANESE, roles);
    }

    private static OrganizationSummary organization(String id, String ja, String en, String prefecture,
                                                    String region) {
        return new OrganizationSummary(id, ja, en, "member", prefecture, region, true);
    }

    private static Person person(Caller caller) {
        return new Person(caller.userId(), caller.username(), caller.displayName(), caller.email().orElseThrow(),
                caller.locale(), caller.roles());
    }

    /**
     * @param userId a new coordinator of the Hamamatsu organization, known to the directory
     * @param locale their language
     * @return them as a caller
     */
    Caller coordinator(String userId, Locale locale) {
        Caller coordinator = TestRequest.caller(userId, "hamamatsu", locale, "coordinator", "member-staff");
        plugin.context().directory().add(organization("hamamatsu", "浜松地域イノベーション推進機構",
                "Hamamatsu Technopolis", "Shizuoka", "Chubu"), person(coordinator));
        return coordinator;
    }

    jp.innovationnet.portal.plugin.testkit.TestPluginContext context() {
        return plugin.context();
    }

    TestResponse call(TestRequest request) throws Exception {
        return plugin.call(request);
    }

    /** A complete profile body with the given texts, tags and audiences (the programmes' as the background's). */
    static String profile(String summaryJa, String summaryEn, String region, List<String> tags,
                          String expertise, String background) {
        return """
                {"summary":{"ja":"%s","en":%s},"region":"%s","prefectures":["22"],"fields":["manufacturing"],
                 "services":["business-matching","ip-licensing"],"tags":[%s],"industries":["metalworking"],
                 "languages":["ja","en"],"background":{"ja":"表面処理の企業で20年。","en":"Twenty years in surface treatment."},
                 "programmes":["knowledge-cluster"],
                 "availability":{"helpRequests":true,"visits":false,"note":{"ja":"平日のみ","en":"Weekdays only"}},
                 "visibility":{"expertise":"%s","background":"%s","programmes":"%s","availability":"network"}}
                """.formatted(summaryJa, summaryEn == null ? "null" : "\"" + summaryEn + "\"", region,
                String.join(",", tags.stream().map(t -> "\"" + t + "\"").toList()), expertise, background, background);
    }

    TestResponse writeProfile(Caller who, String body) throws Exception {
        return call(TestRequest.put("/profiles/me").as(who).json(body));
    }

    /** A complete case body. */
    static String supportCase(String title, String language, String audience, String companyName) {
        return """
                {"language":"%s","title":"%s","challenge":"めっき工程の歩留まりが低い",
                 "company":{"size":"small","industry":"metalworking","region":"Chubu","name":%s},
                 "approach":"大学の**表面処理**研究室と共同研究","partners":[{"kind":"university","name":"静岡大学"}],
                 "programmes":["knowledge-cluster"],"outcomes":["partnership","funding-won"],
                 "lessons":"早い段階で公設試を巻き込む","factors":["regional-collaboration"],"tags":["メッキ"],
                 "audience":"%s"}
                """.formatted(language, title, companyName == null ? "null" : "\"" + companyName + "\"",
                audience);
    }

    long createCase(Caller author, String body) throws Exception {
        TestResponse created = call(TestRequest.post("/cases").as(author).json(body));
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        return ((JsonObject) created.body()).getJsonNumber("id").longValue();
    }

    /** Writes a case and has it published through review by the other coordinator. */
    long publishedCase(Caller author, Caller reviewer, String body) throws Exception {
        long id = createCase(author, body);
        call(TestRequest.post("/cases/" + id + "/submit").as(author)
                .json("{\"reviewerId\":\"" + reviewer.userId() + "\"}"));
        TestResponse approved = call(TestRequest.post("/cases/" + id + "/approve").as(reviewer));
        if (approved.status() != 200) {
            throw new AssertionError(approved.toString());
        }
        return id;
    }

    /**
     * A help request body in the Chubu region about manufacturing.
     *
     * @param kind     advice, visit or lecture
     * @param title    its title
     * @param deadline its deadline
     * @param dispatch the dispatch's JSON, or null
     */
    static String helpRequest(String kind, String title, java.time.LocalDate deadline, String dispatch) {
        return """
                {"kind":"%s","title":"%s","body":"めっき工程の不良を減らしたい。表面処理に詳しい方の助言を求めます",
                 "region":"Chubu","prefectures":["22"],"fields":["manufacturing"],"services":["business-matching"],
                 "tags":["メッキ"],"deadline":"%s","dispatch":%s}
                """.formatted(kind, title, deadline, dispatch == null ? "null" : dispatch);
    }

    /** A dispatch's JSON hosted by Hamamatsu Technopolis on the given days. */
    static String dispatch(java.time.LocalDate from, java.time.LocalDate to) {
        return """
                {"from":"%s","to":"%s","hostOrganization":"hamamatsu","venue":"浜松イノベーションキューブ",
                 "costSharing":"旅費は受け入れ機関、謝金は事務局","eventPath":"/p/events/events?id=12"}
                """.formatted(from, to);
    }

    /** Posts a help request and answers its id. */
    long postHelpRequest(Caller requester, String body) throws Exception {
        TestResponse posted = call(TestRequest.post("/help-requests").as(requester).json(body));
        if (posted.status() != 201) {
            throw new AssertionError(posted.toString());
        }
        return ((JsonObject) posted.body()).getJsonNumber("id").longValue();
    }

    /** Offers help and answers the offer's id. */
    long offerHelp(Caller helper, long requestId) throws Exception {
        TestResponse offered = call(TestRequest.post("/help-requests/" + requestId + "/offers").as(helper)
                .json("{\"message\":\"公設試の表面技術部門と一緒に伺えます\"}"));
        if (offered.status() != 201) {
            throw new AssertionError(offered.toString());
        }
        return ((JsonObject) offered.body()).getJsonArray("offers").stream().map(JsonObject.class::cast)
                .filter(o -> o.getBoolean("mine")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Override
    public void close() throws Exception {
        plugin.close();
    }
}
