package jp.innovationnet.portal.plugins.coordinators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.plugin.testkit.TestRequest;

import static jp.innovationnet.portal.plugins.coordinators.Network.AGENCY;
import static jp.innovationnet.portal.plugins.coordinators.Network.EVERYONE;
import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_COORDINATOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_STAFF;
import static jp.innovationnet.portal.plugins.coordinators.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.coordinators.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.coordinators.Network.VISITOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.WIDE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route tried by every demo role of both organizations, the secretariat, a steering agency, an overseas
 * partner and a visitor: the status each gets, in one table (capacity building's too); and what the ones who get 200
 * may read.
 */
class VisibilityMatrixTest {

    private static final List<String> COORDINATORS = List.of("hamamatsu.coordinator", "wide.coordinator");
    private static final List<String> NETWORK = List.of("hamamatsu.coordinator", "wide.coordinator", "secretariat",
            "jst.agency");

    private Network network;
    private long networkCase;
    private long publicCase;
    private long draft;
    private long question;
    private long answer;
    private long advice;
    private long adviceOffer;
    private long unoffered;
    private long visit;
    private long withdrawable;
    private long certificate;
    private long pair;

    @BeforeEach
    void start() throws Exception {
        network = Network.start();
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき技術の専門家", "Plating expert", "Chubu",
                List.of("メッキ"), "public", "members"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("知財の橋渡し", null, "Kanto", List.of("特許"),
                "network", "network"));
        networkCase = network.publishedCase(HAMAMATSU_COORDINATOR, WIDE_COORDINATOR,
                Network.supportCase("歩留まり改善", "ja", "network", "浜松鍍金工業"));
        publicCase = network.publishedCase(WIDE_COORDINATOR, HAMAMATSU_COORDINATOR,
                Network.supportCase("Plating yield", "en", "public", null));
        draft = network.createCase(HAMAMATSU_COORDINATOR, Network.supportCase("下書き", "ja", "members", null));
        network.call(TestRequest.post("/cases/" + draft + "/submit").as(HAMAMATSU_COORDINATOR)
                .json("{\"reviewerId\":\"" + WIDE_COORDINATOR.userId() + "\"}"));
        question = ((JsonObject) network.call(TestRequest.post("/questions").as(TAMA_STAFF)
                .json(QuestionsTest.question("めっき", "表面処理の相談", "\"manufacturing\"", "", "Chubu", List.of(),
                        false))).body()).getJsonNumber("id").longValue();
        answer = ((JsonObject) network.call(TestRequest.post("/questions/" + question + "/answers")
                .as(HAMAMATSU_COORDINATOR).json("{\"body\":\"公設試へ\"}")).body()).getJsonArray("answers")
                .getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate deadline = LocalDate.now(BusinessDays.ZONE).plusDays(30);
        LocalDate visitDay = deadline.plusDays(3);
        advice = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "相談", deadline, null));
        adviceOffer = network.offerHelp(HAMAMATSU_COORDINATOR, advice);
        unoffered = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "未申し出", deadline,
                null));
        visit = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("visit", "訪問", deadline,
                Network.dispatch(visitDay, visitDay)));
        network.call(TestRequest.post("/help-requests/" + visit + "/accept").as(WIDE_COORDINATOR)
                .json("{\"offerId\":" + network.offerHelp(HAMAMATSU_COORDINATOR, visit) + "}"));
        withdrawable = network.offerHelp(HAMAMATSU_COORDINATOR, network.postHelpRequest(WIDE_COORDINATOR,
                Network.helpRequest("advice", "取り下げ", deadline, null)));
        certificate = created(WIDE_COORDINATOR, TestRequest.post("/certificates").json(CERTIFICATE));
        pair = created(SECRETARIAT, TestRequest.post("/mentoring").json(pairing(HAMAMATSU_COORDINATOR,
                WIDE_COORDINATOR)));
    }

    private static final String CERTIFICATE = """
            {"kind":"sme-consultant","title":"中小企業診断士","issuer":"経済産業省","issuedOn":"2015-04-01"}
            """;

    private static String pairing(Caller mentor, Caller mentee) {
        return "{\"mentorId\":\"" + mentor.userId() + "\",\"menteeId\":\"" + mentee.userId()
                + "\",\"focus\":{\"ja\":\"知財の橋渡し\"}}";
    }

    private long created(Caller who, TestRequest request) throws Exception {
        JsonObject body = network.call(request.as(who)).body().asJsonObject();
        return body.getJsonNumber("id").longValue();
    }

    @AfterEach
    void stop() throws Exception {
        network.close();
    }

    @Test
    void everyRoleGetsWhatItMayAndNothingMore() throws Exception {
        String profile = Network.profile("概要", "Summary", "Chubu", List.of("金型"), "members", "members");
        String body = Network.supportCase("新しい事例", "ja", "members", null);
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        Map<String, Function<Caller, TestRequest>> routes = new LinkedHashMap<>();
        routes.put("GET /lists", c -> TestRequest.get("/lists"));
        routes.put("GET /experts", c -> TestRequest.get("/experts").query("q", "めっき"));
        routes.put("GET /profiles/me", c -> TestRequest.get("/profiles/me"));
        routes.put("GET /profiles/{public expertise}", c -> TestRequest.get("/profiles/"
                + HAMAMATSU_COORDINATOR.userId()));
        routes.put("GET /profiles/{network only}", c -> TestRequest.get("/profiles/" + WIDE_COORDINATOR.userId()));
        routes.put("GET /organizations/{id}/coordinators",
                c -> TestRequest.get("/organizations/hamamatsu/coordinators"));
        routes.put("GET /reviewers", c -> TestRequest.get("/reviewers"));
        routes.put("GET /cases", c -> TestRequest.get("/cases"));
        routes.put("GET /cases/mine", c -> TestRequest.get("/cases/mine"));
        routes.put("POST /cases", c -> TestRequest.post("/cases").json(body));
        routes.put("GET /cases/{network case}", c -> TestRequest.get("/cases/" + networkCase));
        routes.put("GET /cases/{public case}", c -> TestRequest.get("/cases/" + publicCase));
        routes.put("GET /cases/{draft in review}", c -> TestRequest.get("/cases/" + draft));
        routes.put("PUT /cases/{draft in review}", c -> TestRequest.put("/cases/" + draft).json(body));
        routes.put("POST /cases/{published}/return", c -> TestRequest.post("/cases/" + networkCase + "/return")
                .json("{\"comment\":\"もう一度\"}"));
        routes.put("GET /cases/{not a number}", c -> TestRequest.get("/cases/abc"));
        routes.put("PUT /profiles/me", c -> TestRequest.put("/profiles/me").json(profile));
        routes.put("PUT /profiles/{userId}", c -> TestRequest.put("/profiles/" + HAMAMATSU_COORDINATOR.userId())
                .json(profile));
        String asked = QuestionsTest.question("質問", "本文", "", "", null, List.of(), false);
        routes.put("GET /questions", c -> TestRequest.get("/questions").query("q", "めっき"));
        routes.put("POST /questions", c -> TestRequest.post("/questions").json(asked));
        routes.put("GET /questions/matching", c -> TestRequest.get("/questions/matching"));
        routes.put("GET /questions/{id}", c -> TestRequest.get("/questions/" + question));
        routes.put("GET /questions/{not a number}", c -> TestRequest.get("/questions/abc"));
        routes.put("POST /questions/{id}/answers", c -> TestRequest.post("/questions/" + question + "/answers")
                .json("{\"body\":\"回答\"}"));
        routes.put("POST /answers/{id}/vote", c -> TestRequest.post("/answers/" + answer + "/vote")
                .json("{\"value\":1}"));
        routes.put("POST /questions/{id}/accept", c -> TestRequest.post("/questions/" + question + "/accept")
                .json("{\"answerId\":" + answer + "}"));
        routes.put("POST /answers/{id}/case-draft", c -> TestRequest.post("/answers/" + answer + "/case-draft"));
        String help = Network.helpRequest("advice", "新しい相談", LocalDate.now(BusinessDays.ZONE).plusDays(7), null);
        routes.put("GET /help-requests", c -> TestRequest.get("/help-requests"));
        routes.put("POST /help-requests", c -> TestRequest.post("/help-requests").json(help));
        routes.put("GET /help-requests/matching", c -> TestRequest.get("/help-requests/matching"));
        routes.put("GET /help-requests/{id}", c -> TestRequest.get("/help-requests/" + advice));
        routes.put("GET /help-requests/{not a number}", c -> TestRequest.get("/help-requests/abc"));
        routes.put("POST /help-requests/{unoffered}/offers", c -> TestRequest.post("/help-requests/" + unoffered
                + "/offers").json("{\"message\":\"手伝えます\"}"));
        routes.put("POST /offers/{id}/withdraw", c -> TestRequest.post("/offers/" + withdrawable + "/withdraw"));
        routes.put("POST /help-requests/{advice}/accept", c -> TestRequest.post("/help-requests/" + advice
                + "/accept").json("{\"offerId\":" + adviceOffer + "}"));
        routes.put("GET /help-requests/{matched}/thread", c -> TestRequest.get("/help-requests/" + advice
                + "/thread"));
        routes.put("POST /help-requests/{matched}/thread", c -> TestRequest.post("/help-requests/" + advice
                + "/thread").json("{\"body\":\"よろしく\"}"));
        routes.put("POST /help-requests/{visit}/approve", c -> TestRequest.post("/help-requests/" + visit
                + "/approve"));
        routes.put("POST /help-requests/{approved visit}/reject", c -> TestRequest.post("/help-requests/" + visit
                + "/reject").json("{\"reason\":\"予算\"}"));
        routes.put("POST /help-requests/{visit before its day}/report", c -> TestRequest.post("/help-requests/"
                + visit + "/report").json("{\"note\":\"訪問した\"}"));
        routes.put("POST /help-requests/{matched advice}/close", c -> TestRequest.post("/help-requests/" + advice
                + "/close").json("{}"));
        routes.put("POST /help-requests/{unoffered}/cancel", c -> TestRequest.post("/help-requests/" + unoffered
                + "/cancel"));
        routes.put("GET /capacity/me", c -> TestRequest.get("/capacity/me"));
        routes.put("GET /capacity/{userId}", c -> TestRequest.get("/capacity/" + WIDE_COORDINATOR.userId()));
        routes.put("POST /certificates", c -> TestRequest.post("/certificates").json(CERTIFICATE));
        routes.put("POST /certificates/{id}/verify", c -> TestRequest.post("/certificates/" + certificate
                + "/verify"));
        routes.put("GET /mentoring", c -> TestRequest.get("/mentoring"));
        routes.put("GET /mentoring/candidates", c -> TestRequest.get("/mentoring/candidates"));
        routes.put("POST /mentoring/{id}/end", c -> TestRequest.post("/mentoring/" + pair + "/end"));
        routes.put("POST /mentoring", c -> TestRequest.post("/mentoring").json(pairing(WIDE_COORDINATOR,
                HAMAMATSU_COORDINATOR)));
        routes.put("GET /figures", c -> TestRequest.get("/figures"));
        routes.put("GET /figures.csv", c -> TestRequest.get("/figures.csv"));

        for (var route : routes.entrySet()) {
            Map<String, Integer> statuses = new TreeMap<>();
            for (var who : EVERYONE.entrySet()) {
                statuses.put(who.getKey(), network.call(route.getValue().apply(who.getValue()).as(who.getValue()))
                        .status());
            }
            actual.put(route.getKey(), statuses);
        }
        expected.put("GET /lists", all(200));
        expected.put("GET /experts", all(200));
        expected.put("GET /profiles/me", coordinatorsOnly(200));
        expected.put("PUT /profiles/me", coordinatorsOnly(200));
        expected.put("GET /profiles/{public expertise}", all(200));
        expected.put("GET /profiles/{network only}", network(200, 404));
        expected.put("PUT /profiles/{userId}", with(all(403), Map.of("secretariat", 200, "visitor", 401)));
        expected.put("GET /organizations/{id}/coordinators", all(200));
        expected.put("GET /reviewers", coordinatorsOnly(200));
        expected.put("GET /cases", all(200));
        expected.put("GET /cases/mine", coordinatorsOnly(200));
        expected.put("POST /cases", coordinatorsOnly(201));
        expected.put("GET /cases/{network case}", network(200, 404));
        expected.put("GET /cases/{public case}", all(200));
        expected.put("GET /cases/{draft in review}", with(all(404), Map.of("hamamatsu.coordinator", 200,
                "wide.coordinator", 200)));
        expected.put("PUT /cases/{draft in review}", with(coordinatorsOnly(0), Map.of("hamamatsu.coordinator", 409,
                "wide.coordinator", 403)));
        expected.put("POST /cases/{published}/return", with(coordinatorsOnly(0), Map.of(
                "hamamatsu.coordinator", 403, "wide.coordinator", 409)));
        expected.put("GET /cases/{not a number}", all(404));
        expected.put("GET /questions", readers(200));
        expected.put("GET /questions/{id}", readers(200));
        expected.put("GET /questions/{not a number}", readers(404));
        expected.put("GET /questions/matching", coordinatorsOnly(200));
        expected.put("POST /questions", with(readers(201), Map.of("secretariat", 403)));
        expected.put("POST /questions/{id}/answers", network(201, 403));
        expected.get("POST /questions/{id}/answers").put("visitor", 401);
        expected.put("POST /answers/{id}/vote", with(readers(200), Map.of("hamamatsu.coordinator", 422)));
        expected.put("POST /questions/{id}/accept", with(readers(403), Map.of("tama.staff", 200)));
        expected.put("POST /answers/{id}/case-draft", with(coordinatorsOnly(403), Map.of("hamamatsu.coordinator",
                201)));
        Map<String, Integer> requester = Map.of("hamamatsu.coordinator", 403, "wide.coordinator", 200);
        expected.put("GET /help-requests", network(200, 403));
        expected.put("POST /help-requests", coordinatorsOnly(201));
        expected.put("GET /help-requests/matching", coordinatorsOnly(200));
        expected.put("GET /help-requests/{id}", network(200, 403));
        expected.put("GET /help-requests/{not a number}", network(404, 403));
        expected.put("POST /help-requests/{unoffered}/offers", with(coordinatorsOnly(0), Map.of(
                "hamamatsu.coordinator", 201, "wide.coordinator", 403)));
        expected.put("POST /offers/{id}/withdraw", with(coordinatorsOnly(0), Map.of("hamamatsu.coordinator", 200,
                "wide.coordinator", 403)));
        expected.put("POST /help-requests/{advice}/accept", with(coordinatorsOnly(0), requester));
        expected.put("GET /help-requests/{matched}/thread", with(network(200, 403), Map.of("jst.agency", 403)));
        expected.put("POST /help-requests/{matched}/thread", with(network(201, 403), Map.of("jst.agency", 403)));
        expected.put("POST /help-requests/{visit}/approve", with(all(403), Map.of("secretariat", 200)));
        expected.put("POST /help-requests/{approved visit}/reject", with(all(403), Map.of("secretariat", 409)));
        expected.put("POST /help-requests/{visit before its day}/report", coordinatorsOnly(409));
        expected.put("POST /help-requests/{matched advice}/close", with(coordinatorsOnly(0), requester));
        expected.put("POST /help-requests/{unoffered}/cancel", with(coordinatorsOnly(0), requester));
        Map<String, Integer> overseers = with(all(403), Map.of("secretariat", 200, "jst.agency", 200,
                "visitor", 401));
        expected.put("GET /capacity/me", coordinatorsOnly(200));
        expected.put("GET /capacity/{userId}", overseers);
        expected.put("POST /certificates", coordinatorsOnly(201));
        expected.put("POST /certificates/{id}/verify", with(all(403), Map.of("secretariat", 200, "visitor", 401)));
        expected.put("GET /mentoring", with(coordinatorsOnly(200), Map.of("secretariat", 200, "jst.agency", 200)));
        expected.put("GET /mentoring/candidates", with(all(403), Map.of("secretariat", 200, "visitor", 401)));
        expected.put("POST /mentoring/{id}/end", with(coordinatorsOnly(200), Map.of("secretariat", 200,
                "jst.agency", 404)));
        expected.put("POST /mentoring", with(all(403), Map.of("secretariat", 201, "visitor", 401)));
        expected.put("GET /figures", with(all(403), Map.of("secretariat", 200, "jst.agency", 200)));
        expected.put("GET /figures.csv", with(all(403), Map.of("secretariat", 200, "jst.agency", 200)));
        expected.forEach((route, statuses) -> {
            if (route.contains("/help-requests") || route.contains("/offers/") || route.contains("/figures")) {
                statuses.put("visitor", 401);
            }
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aCompanyNameNeverLeavesTheNetworkAndTheJapaneseNeverReachesThePublic() throws Exception {
        for (Caller inside : List.of(SECRETARIAT, AGENCY, WIDE_COORDINATOR)) {
            assertThat(company(inside, networkCase)).isEqualTo("浜松鍍金工業");
        }
        assertThat(company(TAMA_STAFF, networkCase)).isEqualTo("404");
        JsonObject seen = (JsonObject) network.call(TestRequest.get("/cases/" + publicCase).as(VISITOR)).body();
        assertThat(absent(seen.getJsonObject("company"), "name")).isTrue();
        assertThat(seen.toString()).doesNotContain("静岡大学").doesNotContain(WIDE_COORDINATOR.userId());

        JsonObject profile = (JsonObject) network.call(TestRequest.get("/profiles/" + HAMAMATSU_COORDINATOR.userId())
                .as(VISITOR)).body();
        assertThat(absent(profile.getJsonObject("expertise").getJsonObject("summary"), "ja")).isTrue();
        assertThat(profile.getJsonObject("expertise").getJsonObject("summary").getString("en"))
                .isEqualTo("Plating expert");
        assertThat(absent(profile, "background")).isTrue();
        JsonObject forStaff = (JsonObject) network.call(TestRequest.get("/profiles/"
                + HAMAMATSU_COORDINATOR.userId()).as(HAMAMATSU_STAFF)).body();
        assertThat(forStaff.getJsonObject("background").getJsonObject("text").getString("ja"))
                .startsWith("表面処理");
        assertThat(absent(forStaff, "availability")).isTrue();
    }

    @Test
    void anOrganizationsSectionListsItsCoordinatorsAsFarAsTheReaderMayReadThem() throws Exception {
        assertThat(names(VISITOR, "hamamatsu")).containsExactly(HAMAMATSU_COORDINATOR.userId());
        assertThat(names(TAMA_STAFF, "hamamatsu")).containsExactly(HAMAMATSU_COORDINATOR.userId());
        assertThat(names(SECRETARIAT, "hamamatsu")).containsExactlyInAnyOrder(HAMAMATSU_COORDINATOR.userId(),
                WIDE_COORDINATOR.userId());
        assertThat(names(AGENCY, "tama")).containsExactly(WIDE_COORDINATOR.userId());
        assertThat(names(TAMA_STAFF, "tama")).isEmpty();
    }

    @Test
    void theNavigationOffersEachRoleItsScreensTheProfilePageASectionAndCoordinatorsAHomePanel() {
        Map<String, Set<String>> entries = network.context().navigation().stream()
                .collect(Collectors.toMap(NavigationEntry::key, NavigationEntry::roles));
        assertThat(entries).containsEntry("experts", Set.of(NavigationEntry.ANYONE))
                .containsEntry("cases", Set.of(NavigationEntry.ANYONE))
                .containsEntry("my-profile", Set.of("coordinator"))
                .containsEntry("profile-editor", Set.of("secretariat"))
                .containsEntry("questions", Set.of("coordinator", "secretariat", "steering-agency", "member-admin",
                        "member-staff"));
        assertThat(entries).containsEntry("help-requests", Set.of("coordinator", "secretariat", "steering-agency"))
                .containsEntry("figures", Set.of("secretariat", "steering-agency"));
        assertThat(network.context().sections().stream().collect(Collectors.toMap(PageSection::module,
                PageSection::page))).containsExactlyInAnyOrderEntriesOf(Map.of("profile-coordinators.js",
                PageSection.ORGANIZATION_PROFILE, "home-questions.js", PageSection.HOME, "home-help-requests.js",
                PageSection.HOME));
        assertThat(network.context().sections()).filteredOn(s -> s.page().equals(PageSection.HOME))
                .hasSize(2).allSatisfy(home -> assertThat(home.roles()).containsExactly("coordinator"));
    }

    private List<String> names(Caller who, String organization) throws Exception {
        return network.call(TestRequest.get("/organizations/" + organization + "/coordinators").as(who)).body()
                .asJsonArray().stream().map(v -> v.asJsonObject().getString("userId")).toList();
    }

    private String company(Caller who, long id) throws Exception {
        var answer = network.call(TestRequest.get("/cases/" + id).as(who));
        if (answer.status() != 200) {
            return String.valueOf(answer.status());
        }
        JsonObject company = ((JsonObject) answer.body()).getJsonObject("company");
        return absent(company, "name") ? null : company.getString("name");
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static Map<String, Integer> all(int status) {
        Map<String, Integer> statuses = new TreeMap<>();
        EVERYONE.keySet().forEach(name -> statuses.put(name, status));
        return statuses;
    }

    /** Coordinators get {@code status}; other logged-in callers 403, visitors 401. */
    private static Map<String, Integer> coordinatorsOnly(int status) {
        Map<String, Integer> statuses = with(all(403), Map.of("visitor", 401));
        COORDINATORS.forEach(name -> statuses.put(name, status));
        return statuses;
    }

    /** The network and members' staff get {@code status}; overseas partners 403, visitors 401. */
    private static Map<String, Integer> readers(int status) {
        return with(all(status), Map.of("overseas.partner", 403, "visitor", 401));
    }

    private static Map<String, Integer> network(int inside, int outside) {
        Map<String, Integer> statuses = all(outside);
        NETWORK.forEach(name -> statuses.put(name, inside));
        return statuses;
    }

    private static Map<String, Integer> with(Map<String, Integer> statuses, Map<String, Integer> changes) {
        Map<String, Integer> changed = new TreeMap<>(new HashMap<>(statuses));
        changed.putAll(changes);
        return changed;
    }
}
