package jp.innovationnet.portal.plugins.coordinators;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugin.testkit.TestRequest;

import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_COORDINATOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.coordinators.Network.VISITOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.WIDE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A coordinator's expertise from what they did, as the portal's activity log holds it: shown on their profile, ranking
 * the expert finder, and fed by the exchange's own accepted answers and published cases.
 */
class ExpertiseFromActivityTest {

    private static final Instant MAY = Instant.parse("2026-05-11T01:00:00Z");

    private Network network;

    @BeforeEach
    void start() throws Exception {
        network = Network.start();
    }

    @AfterEach
    void stop() throws Exception {
        network.close();
    }

    @Test
    void theProfileSaysHowManyInquiriesOnWhichServiceTheyAnsweredWhereButNotToVisitors() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき", "Plating", "Chubu", List.of("メッキ"),
                "public", "public"));
        answeredInquiries(HAMAMATSU_COORDINATOR, 14, Region.CHUBU, SupportService.IP_LICENSING);
        answeredInquiries(HAMAMATSU_COORDINATOR, 2, Region.KANTO, SupportService.FINANCING);

        JsonObject line = track(TAMA_STAFF, HAMAMATSU_COORDINATOR).getJsonObject(0);
        assertThat(line.getInt("count")).isEqualTo(14);
        assertThat(line.getString("text")).isEqualTo("回答した相談 14件 · 知的財産・ライセンス · 中部");
        assertThat(line.getJsonObject("service").getString("code")).isEqualTo("ip-licensing");
        Caller english = TestRequest.caller("u-en-staff", "tama", Locale.ENGLISH, "member-staff");
        assertThat(track(english, HAMAMATSU_COORDINATOR).getJsonObject(0).getString("text"))
                .isEqualTo("inquiries answered (14) · IP and licensing · Chubu");
        assertThat(track(english, HAMAMATSU_COORDINATOR)).hasSize(2);

        JsonObject seenByVisitor = network.call(TestRequest.get("/profiles/" + HAMAMATSU_COORDINATOR.userId())
                .as(VISITOR)).body().asJsonObject();
        assertThat(seenByVisitor.get("expertise")).as("the public part").isNotEqualTo(JsonValue.NULL);
        assertThat(seenByVisitor.get("track")).as("activity stays in the network").isIn(null, JsonValue.NULL);
    }

    @Test
    void amongEqualMatchesTheCoordinatorWithMoreMatchingActivityComesFirst() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき", null, "Chubu", List.of("メッキ"),
                "members", "members"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("めっき", null, "Chubu", List.of("メッキ"),
                "members", "members"));
        answeredInquiries(HAMAMATSU_COORDINATOR, 3, Region.CHUBU, SupportService.IP_LICENSING);
        answeredInquiries(WIDE_COORDINATOR, 5, Region.KANTO, SupportService.IP_LICENSING);

        assertThat(experts("region", "Chubu")).containsExactly(HAMAMATSU_COORDINATOR.userId(),
                WIDE_COORDINATOR.userId());
        assertThat(experts("service", "ip-licensing")).as("5 on IP licensing anywhere against 3")
                .containsExactly(WIDE_COORDINATOR.userId(), HAMAMATSU_COORDINATOR.userId());

        JsonObject first = network.call(TestRequest.get("/experts").query("region", "Chubu").as(TAMA_STAFF))
                .body().asJsonObject().getJsonArray("items").getJsonObject(0);
        assertThat(first.getInt("activity")).isEqualTo(3);
    }

    @Test
    void anAcceptedAnswerCountsForItsAuthorUntilAnotherIsAcceptedAndAPublishedCaseForItsAuthor() throws Exception {
        long asked = network.call(TestRequest.post("/questions").as(TAMA_STAFF).json(QuestionsTest.question(
                "めっきの歩留まり", "不良を減らしたい", "\"manufacturing\"", "\"ip-licensing\"", "Chubu", List.of(), false)))
                .body().asJsonObject().getJsonNumber("id").longValue();
        long first = answer(HAMAMATSU_COORDINATOR, asked);
        long second = answer(WIDE_COORDINATOR, asked);
        accept(asked, first);
        assertThat(reports(ActivityKind.ANSWER_ACCEPTED)).extracting(ActivityReport::personId, ActivityReport::region)
                .containsExactly(tuple(HAMAMATSU_COORDINATOR.userId(), Optional.of(Region.CHUBU)));
        accept(asked, second);
        assertThat(reports(ActivityKind.ANSWER_ACCEPTED)).extracting(ActivityReport::personId)
                .containsExactly(WIDE_COORDINATOR.userId());

        long published = network.publishedCase(HAMAMATSU_COORDINATOR, WIDE_COORDINATOR,
                Network.supportCase("めっき工程の改善", "ja", "members", "浜松めっき工業"));
        assertThat(reports(ActivityKind.CASE_PUBLISHED)).singleElement().satisfies(report -> {
            assertThat(report.personId()).isEqualTo(HAMAMATSU_COORDINATOR.userId());
            assertThat(report.titleJa()).isEqualTo("めっき工程の改善");
            assertThat(report.toString()).doesNotContain("浜松めっき工業");
            assertThat(report.path()).contains("/p/coordinators/cases?id=" + published);
        });
    }

    private void answeredInquiries(Caller who, int count, Region region, SupportService service) {
        for (int i = 0; i < count; i++) {
            network.context().activities().reportAs("inquiries", ActivityReport.untitled(
                    "inquiry-" + region + "-" + i + ":" + who.userId(), who.userId(), ActivityKind.INQUIRY_ANSWERED,
                    MAY, Optional.of(region), Set.of(), Set.of(service)));
        }
    }

    private jakarta.json.JsonArray track(Caller reader, Caller coordinator) throws Exception {
        return network.call(TestRequest.get("/profiles/" + coordinator.userId()).as(reader)).body().asJsonObject()
                .getJsonObject("track").getJsonArray("lines");
    }

    private List<String> experts(String parameter, String value) throws Exception {
        return network.call(TestRequest.get("/experts").query(parameter, value).as(TAMA_STAFF)).body()
                .asJsonObject().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("userId")).toList();
    }

    private long answer(Caller author, long questionId) throws Exception {
        return network.call(TestRequest.post("/questions/" + questionId + "/answers").as(author)
                        .json("{\"body\":\"公設試の表面処理の専門家に相談を\"}")).body().asJsonObject()
                .getJsonArray("answers").stream().map(JsonObject.class::cast)
                .filter(a -> a.getBoolean("mine")).mapToLong(a -> a.getJsonNumber("id").longValue()).max()
                .orElseThrow();
    }

    private void accept(long questionId, long answerId) throws Exception {
        assertThat(network.call(TestRequest.post("/questions/" + questionId + "/accept").as(TAMA_STAFF)
                .json("{\"answerId\":" + answerId + "}")).status()).isEqualTo(200);
    }

    private List<ActivityReport> reports(ActivityKind kind) {
        return network.context().activities().all().stream().map(Activity::report)
                .filter(report -> report.kind() == kind).toList();
    }
}
