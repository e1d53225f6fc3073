package jp.innovationnet.portal.plugins.liaison;

import static jp.innovationnet.portal.plugins.liaison.Network.COMPANY;
import static jp.innovationnet.portal.plugins.liaison.Network.CONTACT;
import static jp.innovationnet.portal.plugins.liaison.Network.EVERYONE;
import static jp.innovationnet.portal.plugins.liaison.Network.HAMAMATSU_STAFF;
import static jp.innovationnet.portal.plugins.liaison.Network.OULU;
import static jp.innovationnet.portal.plugins.liaison.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.liaison.Network.SECRET_WORD;
import static jp.innovationnet.portal.plugins.liaison.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.liaison.Network.TODAY;
import static jp.innovationnet.portal.plugins.liaison.Network.expect;
import static jp.innovationnet.portal.plugins.liaison.Network.idOf;
import static jp.innovationnet.portal.plugins.liaison.Network.offer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

/**
 * Every route as every demo role and organization, an overseas partner organization and a visitor: the status each
 * gets, in one table; then, field by field, that the company's name and contact and the parts TAMA keeps to itself
 * never reach anyone but TAMA's people — in a list, one opportunity, a search, the pipeline, the home panel, the
 * figures, the CSV file, a notification or a mail.
 */
class VisibilityMatrixTest {

    /** The tables' columns: the callers of {@link Network#EVERYONE}, in order. */
    private static final List<String> COLUMNS = List.copyOf(EVERYONE.keySet());
    /** The people who act for TAMA, the intermediary of the opportunities below. */
    private static final Set<String> TAMA = Set.of("tama.admin", "tama.staff", "wide.coordinator");

    /** A route and how to call it: a fresh subject for each caller where the call changes it. */
    private interface Call {
        TestRequest to(Caller who) throws Exception;
    }

    private Network network;
    private long published;
    private long networkOnly;
    private long draft;
    private long submitted;

    @BeforeEach
    void start() throws Exception {
        network = Network.start();
        published = network.published(TAMA_STAFF, offer("Thin-film coating for fuel cell separators"));
        networkOnly = network.published(TAMA_STAFF, offer("Coating line for the network only", "network",
                TODAY.plusMonths(3)));
        draft = network.draft(TAMA_STAFF, offer("Draft coating offer"));
        submitted = network.submitted(TAMA_STAFF, offer("Submitted coating offer"));
        network.interest(HAMAMATSU_STAFF, published);
    }

    @AfterEach
    void stop() throws Exception {
        network.close();
    }

    @Test
    void everyRouteAsEveryCallerGetsWhatItMayAndNothingMore() throws Exception {
        Map<String, Call> routes = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        // columns: secretariat tama.admin tama.staff hamamatsu.staff hamamatsu.coordinator wide.coordinator
        //          jetro.agency overseas.partner oulu.partner visitor
        row(routes, expected, "GET /lists", who -> TestRequest.get("/lists"),
                "200 200 200 200 200 200 200 200 200 200");
        row(routes, expected, "GET /opportunities", who -> TestRequest.get("/opportunities"),
                "200 200 200 200 200 200 200 200 200 200");
        row(routes, expected, "GET /opportunities/{id} published", who -> TestRequest.get("/opportunities/"
                + published), "200 200 200 200 200 200 200 200 200 200");
        row(routes, expected, "GET /opportunities/{id}/matches", who -> TestRequest.get("/opportunities/"
                + published + "/matches"), "200 200 200 200 200 200 200 200 200 200");
        row(routes, expected, "GET /opportunities/{id} network only", who -> TestRequest.get("/opportunities/"
                + networkOnly), "200 200 200 200 200 200 200 404 404 404");
        row(routes, expected, "GET /opportunities/{id} draft", who -> TestRequest.get("/opportunities/" + draft),
                "404 200 200 404 404 200 404 404 404 404");
        row(routes, expected, "GET /opportunities/{id} submitted", who -> TestRequest.get("/opportunities/"
                + submitted), "200 200 200 404 404 200 404 404 404 404");
        row(routes, expected, "GET /opportunities/matching", who -> TestRequest.get("/opportunities/matching"),
                "200 200 200 200 200 200 200 200 200 401");
        row(routes, expected, "POST /opportunities", who -> TestRequest.post("/opportunities")
                .json(offer("Another offer")), "403 201 201 201 201 201 403 403 201 401");
        row(routes, expected, "PUT /opportunities/{id}", who -> TestRequest.put("/opportunities/"
                + network.draft(TAMA_STAFF, offer("To rewrite"))).json(offer("Rewritten")),
                "403 200 200 404 404 200 403 404 404 401");
        row(routes, expected, "POST /opportunities/{id}/submit", who -> TestRequest.post("/opportunities/"
                + network.draft(TAMA_STAFF, offer("To submit")) + "/submit"),
                "403 200 200 404 404 200 403 404 404 401");
        row(routes, expected, "POST /opportunities/{id}/publish", who -> TestRequest.post("/opportunities/"
                + network.submitted(TAMA_STAFF, offer("To publish")) + "/publish"),
                "200 403 403 403 403 403 403 403 403 401");
        row(routes, expected, "POST /opportunities/{id}/return", who -> TestRequest.post("/opportunities/"
                + network.submitted(TAMA_STAFF, offer("To return")) + "/return")
                .json("{\"comment\":\"Say more about the licence terms\"}"),
                "200 403 403 403 403 403 403 403 403 401");
        row(routes, expected, "POST /opportunities/{id}/renew", who -> TestRequest.post("/opportunities/"
                + network.published(TAMA_STAFF, offer("To renew")) + "/renew"),
                "403 200 200 404 404 200 403 404 404 401");
        row(routes, expected, "POST /opportunities/{id}/interests", who -> TestRequest.post("/opportunities/"
                + network.published(TAMA_STAFF, offer("To be interested in")) + "/interests")
                .json("{\"who\":\"A company\",\"capability\":\"Stamping\",\"why\":\"Our market\"}"),
                "403 422 422 201 201 422 403 201 201 401");
        row(routes, expected, "GET /interests", who -> TestRequest.get("/interests"),
                "403 200 200 200 200 200 403 200 200 401");
        row(routes, expected, "POST /interests/{id}/steps", who -> TestRequest.post("/interests/"
                + network.interest(OULU, network.published(TAMA_STAFF, offer("To introduce"))) + "/steps")
                .json("{\"step\":\"introduced\"}"), "403 200 200 404 404 200 403 404 404 401");
        row(routes, expected, "GET /follows", who -> TestRequest.get("/follows"),
                "200 200 200 200 200 200 200 200 200 401");
        row(routes, expected, "POST /follows", who -> TestRequest.post("/follows")
                .json("{\"field\":\"manufacturing\",\"country\":\"FI\"}"), "201 201 201 201 201 201 201 201 201 401");
        row(routes, expected, "DELETE /follows/{id}", who -> TestRequest.delete("/follows/" + idOf(expect(201,
                network.call(TestRequest.post("/follows").as(TAMA_STAFF).json("{\"kind\":\"investment\"}"))))),
                "404 404 204 404 404 404 404 404 404 401");
        row(routes, expected, "GET /figures", who -> TestRequest.get("/figures"),
                "200 403 403 403 403 403 200 403 403 401");
        row(routes, expected, "GET /figures.csv", who -> TestRequest.get("/figures.csv"),
                "200 403 403 403 403 403 200 403 403 401");

        Map<String, String> actual = new LinkedHashMap<>();
        for (Map.Entry<String, Call> route : routes.entrySet()) {
            List<String> statuses = new ArrayList<>();
            for (Caller who : EVERYONE.values()) {
                statuses.add(String.valueOf(network.call(route.getValue().to(who).as(who)).status()));
            }
            actual.put(route.getKey(), String.join(" ", statuses));
        }
        assertThat(actual).isEqualTo(expected);
        Set<String> covered = new TreeSet<>();
        routes.keySet().forEach(name -> covered.add(name.split(" ")[0] + " " + name.split(" ")[1]));
        assertThat(covered).as("every route is in the table")
                .isEqualTo(new TreeSet<>(network.context().registeredRoutes().keySet()));
    }

    @Test
    void theCompanyAndWhatTamaKeepsToItselfNeverLeaveTama() throws Exception {
        network.call(TestRequest.post("/follows").as(OULU).json("{\"country\":\"DE\"}"));
        network.clock.set(Network.START.plusSeconds(3600));
        long later = network.published(TAMA_STAFF, offer("Coating for Munich biotechnology instruments"));
        network.plugin.runScheduled("follow-alerts");
        network.clock.set(Network.morningOf(TODAY.plusMonths(6).minusDays(3)));
        network.plugin.runScheduled("opportunity-upkeep");
        long interest = network.interest(OULU, later);
        expect(200, network.call(TestRequest.post("/interests/" + interest + "/steps").as(TAMA_STAFF)
                .json("{\"step\":\"introduced\",\"note\":\"We will call you\"}")));
        assertThat(network.context().sentMails().all()).as("a follow alert, reminders, interest mails")
                .hasSizeGreaterThan(2);

        for (Map.Entry<String, Caller> entry : EVERYONE.entrySet()) {
            Caller who = entry.getValue();
            StringBuilder everything = new StringBuilder();
            for (String path : List.of("/opportunities", "/opportunities?q=coating", "/opportunities?q=" + SECRET_WORD,
                    "/opportunities?q=minamiosawa", "/opportunities/" + published, "/opportunities/" + later,
                    "/opportunities/matching", "/interests", "/follows", "/figures", "/figures.csv",
                    "/opportunities?organization=tama")) {
                TestResponse answer = network.call(TestRequest.get(path).as(who));
                answer.json().ifPresent(everything::append);
                answer.content().ifPresent(bytes -> everything.append(new String(bytes, StandardCharsets.UTF_8)));
            }
            String seen = everything.toString();
            if (TAMA.contains(entry.getKey())) {
                assertThat(read(who, published)).containsKeys("company", "innovation", "ipr", "visibility");
                assertThat(read(who, published).getJsonObject("company").getString("name")).isEqualTo(COMPANY);
                assertThat(found(who, SECRET_WORD)).as("TAMA finds its own by its own words").isEqualTo(2);
            } else {
                assertThat(seen).as(entry.getKey() + " never reads the company").doesNotContain(COMPANY)
                        .doesNotContain(CONTACT).doesNotContain("Minamiosawa");
                assertThat(seen).as(entry.getKey() + " never reads TAMA's innovation").doesNotContain(SECRET_WORD);
                assertThat(read(who, published)).doesNotContainKeys("company", "innovation", "visibility");
                assertThat(found(who, SECRET_WORD)).as(entry.getKey() + " cannot search what it cannot read")
                        .isZero();
            }
        }
        assertThat(read(Network.VISITOR, published)).doesNotContainKeys("description", "ipr")
                .containsKeys("summary", "stage", "partner", "keywords", "deadline");
        assertThat(read(Network.VISITOR, published).getJsonObject("summary")).as("the public reads the English")
                .doesNotContainKey("ja");
        assertThat(read(OULU, published)).containsKey("description").doesNotContainKey("ipr");
        assertThat(read(Network.JETRO, published)).containsKeys("description", "ipr");
        assertThat(found(Network.VISITOR, "licensees")).as("the description is not the public's").isZero();
        assertThat(found(OULU, "licensees")).isEqualTo(2);
        assertThat(found(Network.VISITOR, "燃料電池")).as("nor is the Japanese beside the English").isZero();
        assertThat(found(OULU, "燃料電池")).as("the network-only one is not the partners'").isEqualTo(2);

        network.context().sentMails().all().forEach(mail -> assertThat(mail.subject() + mail.text())
                .as("mail to " + mail.to()).doesNotContain(COMPANY).doesNotContain(CONTACT)
                .doesNotContain(SECRET_WORD));
        network.context().sentNotifications().all().forEach(n -> assertThat(n.message().toString())
                .doesNotContain(COMPANY).doesNotContain(CONTACT).doesNotContain(SECRET_WORD));
        assertThat(SECRETARIAT.roles()).contains("secretariat");
    }

    @Test
    void theNavigationOffersEachRoleItsScreensTheProfilePageASectionAndMembersAndPartnersAHomePanel() {
        Map<String, Set<String>> entries = new TreeMap<>();
        network.context().navigation().forEach(entry -> entries.put(entry.key(), entry.roles()));
        assertThat(entries).containsEntry("opportunities", Set.of("anyone"))
                .containsEntry("review", Set.of("secretariat"))
                .containsEntry("figures", Set.of("secretariat", "steering-agency"))
                .containsEntry("write", Set.of("member-admin", "member-staff", "coordinator", "overseas-partner"));
        assertThat(network.context().sections()).extracting(s -> s.page() + ":" + s.module())
                .containsExactlyInAnyOrder("organization-profile:profile-opportunities.js",
                        "home:home-opportunities.js");
    }

    private JsonObject read(Caller who, long id) throws Exception {
        return (JsonObject) expect(200, network.call(TestRequest.get("/opportunities/" + id).as(who))).body();
    }

    private long found(Caller who, String words) throws Exception {
        return ((JsonObject) expect(200, network.call(TestRequest.get("/opportunities").query("q", words)
                .query("status", "published").as(who))).body()).getJsonNumber("total").longValue();
    }

    private static void row(Map<String, Call> routes, Map<String, String> expected, String name, Call call,
                            String statuses) {
        routes.put(name, call);
        expected.put(name, statuses);
        assertThat(statuses.split(" ")).hasSize(COLUMNS.size());
    }
}
