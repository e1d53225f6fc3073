package jp.innovationnet.portal.plugins.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugin.testkit.PluginHarness;
import jp.innovationnet.portal.plugin.testkit.TestClock;
import jp.innovationnet.portal.plugin.testkit.TestPluginContext;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

/**
 * The demo network the tests run in: the demo users of the README (TAMA and Hamamatsu Technopolis, a coordinator of
 * both acting for TAMA, the secretariat JILC, JETRO as steering agency, the overseas partner without an organization),
 * an overseas partner cluster organization (Technopolis Oulu, of {@code overseas-clusters.csv}) and a visitor, with
 * the plugin started on a clock the test sets.
 */
final class Network implements AutoCloseable {

    /** 1 April 2027, 09:00 in Japan. */
    static final Instant START = Instant.parse("2027-04-01T00:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 4, 1);

    static final Caller SECRETARIAT = caller("u-jilc", "jilc", Locale.JAPANESE, "secretariat");
    static final Caller TAMA_ADMIN = caller("u-tama-admin", "tama", Locale.JAPANESE, "member-admin", "member-staff");
    static final Caller TAMA_STAFF = caller("u-tama-staff", "tama", Locale.ENGLISH, "member-staff");
    static final Caller HAMAMATSU_STAFF = caller("u-hama-staff", "hamamatsu", Locale.JAPANESE, "member-staff");
    static final Caller HAMAMATSU_COORDINATOR = caller("u-hama-coord", "hamamatsu", Locale.JAPANESE, "coordinator",
            "member-staff");
    static final Caller WIDE_COORDINATOR = caller("u-wide-coord", "tama", Locale.JAPANESE, "coordinator",
            "member-staff");
    static final Caller JETRO = caller("u-jetro", "jetro", Locale.ENGLISH, "steering-agency");
    static final Caller OVERSEAS = caller("u-overseas", null, Locale.ENGLISH, "overseas-partner");
    static final Caller OULU = caller("u-oulu", "technopolis-oulu", Locale.ENGLISH, "overseas-partner");
    static final Caller VISITOR = Caller.anonymous(Locale.ENGLISH);

    /** Every demo role and organization, an overseas partner organization and a visitor, in the tables' order. */
    static final Map<String, Caller> EVERYONE = new LinkedHashMap<>();

    static {
        EVERYONE.put("secretariat", SECRETARIAT);
        EVERYONE.put("tama.admin", TAMA_ADMIN);
        EVERYONE.put("tama.staff", TAMA_STAFF);
        EVERYONE.put("hamamatsu.staff", HAMAMATSU_STAFF);
        EVERYONE.put("hamamatsu.coordinator", HAMAMATSU_COORDINATOR);
        EVERYONE.put("wide.coordinator", WIDE_COORDINATOR);
        EVERYONE.put("jetro.agency", JETRO);
        EVERYONE.put("overseas.partner", OVERSEAS);
        EVERYONE.put("oulu.partner", OULU);
        EVERYONE.put("visitor", VISITOR);
    }

    /** The company behind TAMA's opportunities: the intermediary's only, always. */
    static final String COMPANY = "Minamiosawa Precision Coating K.K.";
    static final String CONTACT = "Hanako Sato, sato@minamiosawa.example.jp, +81 42 000 0000";
    /** A word only in the innovation text, which TAMA keeps to itself. */
    static final String SECRET_WORD = "electroless";

    final PluginHarness plugin;
    final TestClock clock;

    private Network(PluginHarness plugin, TestClock clock) {
        this.plugin = plugin;
        this.clock = clock;
    }

    static Network start() throws Exception {
        TestClock clock = new TestClock(START);
        PluginHarness plugin = PluginHarness.start("liaison", new LiaisonPlugin(clock));
        plugin.context().directory()
                .add(organization("tama", "首都圏産業活性化協会", "TAMA Association", "member", "Tokyo", "Kanto"),
                        person(TAMA_ADMIN), person(TAMA_STAFF), person(WIDE_COORDINATOR))
                .add(organization("hamamatsu", "浜松地域イノベーション推進機構", "Hamamatsu Technopolis", "member",
                        "Shizuoka", "Chubu"), person(HAMAMATSU_STAFF), person(HAMAMATSU_COORDINATOR))
                .add(organization("jilc", "日本立地センター", "JILC", "secretariat", "Tokyo", "Kanto"),
                        person(SECRETARIAT))
                .add(organization("jetro", "日本貿易振興機構", "JETRO", "steering-agency", "Tokyo", "Kanto"),
                        person(JETRO))
                .add(organization("technopolis-oulu", "テクノポリス（オウル）", "Technopolis plc (Oulu)",
                        "overseas-partner", "", ""), person(OULU));
        return new Network(plugin, clock);
    }

    private static Caller caller(String userId, String organization, Locale locale, String... roles) {
        return TestRequest.caller(userId, organization, locale, roles);
    }

    private static OrganizationSummary organization(String id, String ja, String en, String kind, String prefecture,
                                                    String region) {
        return new OrganizationSummary(id, ja, en, kind, prefecture, region, true);
    }

    private static Person person(Caller caller) {
        return new Person(caller.userId(), caller.username(), caller.displayName(), caller.email().orElseThrow(),
                caller.locale(), caller.roles());
    }

    TestPluginContext context() {
        return plugin.context();
    }

    TestResponse call(TestRequest request) throws Exception {
        return plugin.call(request);
    }

    /**
     * A technology offer of TAMA's company to partners in Germany and Finland (the Munich biotechnology cluster and
     * Oulu of the sources): the summary reaches {@code summaryVisibility}, the description partners, the IPR the
     * network, the innovation TAMA only.
     */
    static String offer(String summary, String summaryVisibility, LocalDate expires) {
        return """
                {"kind":"technology-offer","company":{"name":"%s","contact":"%s"},"language":"en",
                 "summary":{"en":"%s","ja":"燃料電池向け薄膜コーティング技術"},
                 "description":{"en":"Thin-film coating of fuel cell separators; licensees sought in Munich and Oulu."},
                 "innovation":{"en":"Our %s nickel process halves the coating time."},
                 "stage":"prototype","ipr":"patent-granted",
                 "partner":{"type":"company","role":"Licensee manufacturing separators for European carmakers"},
                 "fields":["manufacturing","environment-energy"],"countries":["DE","FI"],
                 "keywords":["fuel cell","coating"],"deadline":"%s","expires":"%s",
                 "visibility":{"summary":"%s","description":"partners","innovation":"intermediary","ipr":"network"}}
                """.formatted(COMPANY, CONTACT, summary, SECRET_WORD, expires.minusDays(1), expires,
                summaryVisibility);
    }

    static String offer(String summary) {
        return offer(summary, "public", TODAY.plusMonths(6));
    }

    /** Drafts an opportunity and answers its id. */
    long draft(Caller intermediary, String body) throws Exception {
        return idOf(expect(201, call(TestRequest.post("/opportunities").as(intermediary).json(body))));
    }

    /** Drafts, submits and has the secretariat publish an opportunity; answers its id. */
    long published(Caller intermediary, String body) throws Exception {
        long id = submitted(intermediary, body);
        expect(200, call(TestRequest.post("/opportunities/" + id + "/publish").as(SECRETARIAT)));
        return id;
    }

    /** Drafts and submits an opportunity; answers its id. */
    long submitted(Caller intermediary, String body) throws Exception {
        long id = draft(intermediary, body);
        expect(200, call(TestRequest.post("/opportunities/" + id + "/submit").as(intermediary)));
        return id;
    }

    /** Expresses interest in an opportunity; answers the interest's id. */
    long interest(Caller who, long opportunityId) throws Exception {
        return idOf(expect(201, call(TestRequest.post("/opportunities/" + opportunityId + "/interests").as(who)
                .json("""
                        {"who":"A cluster organization's member company in Oulu",
                         "capability":"Separator stamping lines",
                         "why":"We supply fuel cell makers in the Nordic countries"}
                        """))));
    }

    static TestResponse expect(int status, TestResponse response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + ", got " + response);
        }
        return response;
    }

    static long idOf(TestResponse response) {
        return ((JsonObject) response.body()).getJsonNumber("id").longValue();
    }

    /** @param day a day @return 09:00 of it in Japan */
    static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
    }

    @Override
    public void close() throws Exception {
        plugin.close();
    }
}
