package jp.innovationnet.portal.plugins.coordinators;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.testkit.TestClock;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

import static jp.innovationnet.portal.plugins.coordinators.Network.AGENCY;
import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_COORDINATOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.coordinators.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.coordinators.Network.VISITOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.WIDE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/** Capacity building: trainings from the activity log, certificates, mentoring pairs; who may do what. */
class CapacityTest {

    /** 2026-04-24 10:00 in Japan. */
    private static final Instant FRIDAY = Instant.parse("2026-04-24T01:00:00Z");

    private final TestClock clock = new TestClock(FRIDAY);
    private Network network;

    @BeforeEach
    void start() throws Exception {
        network = Network.start(clock);
    }

    @AfterEach
    void stop() throws Exception {
        network.close();
    }

    @Test
    void aCoordinatorSeesTheTrainingsTheyCheckedInAtFromTheEventsPlugin() throws Exception {
        network.context().activities().reportAs("events", new ActivityReport("event-7:attended:u", WIDE_COORDINATOR
                .userId(), ActivityKind.TRAINING_ATTENDED, FRIDAY.minusSeconds(86_400 * 30), Optional.of(Region.KANTO),
                Set.of(), Set.of(), "インキュベーション・マネージャー養成研修", "Incubation manager training",
                Optional.of("/p/events/events?id=7")));
        network.context().activities().reportAs("events", ActivityReport.untitled("event-8:organised",
                WIDE_COORDINATOR.userId(), ActivityKind.EVENT_ORGANISED, FRIDAY, Optional.empty(), Set.of(), Set.of()));

        JsonArray trainings = mine(WIDE_COORDINATOR).getJsonArray("trainings");
        assertThat(trainings).hasSize(1);
        assertThat(trainings.getJsonObject(0).getString("title")).isEqualTo("インキュベーション・マネージャー養成研修");
        assertThat(trainings.getJsonObject(0).getString("link")).isEqualTo("/p/events/events?id=7");
        assertThat(mine(HAMAMATSU_COORDINATOR).getJsonArray("trainings")).isEmpty();
    }

    @Test
    void aCoordinatorRecordsTheirCertificatesTheSecretariatChecksThemAndNobodyElseTouchesThem() throws Exception {
        TestResponse recorded = record(WIDE_COORDINATOR, "incubation-manager", "インキュベーション・マネージャー", "2019-03-15");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long id = recorded.body().asJsonObject().getJsonNumber("id").longValue();
        assertThat(recorded.body().asJsonObject().getBoolean("verified")).isFalse();

        assertThat(network.call(TestRequest.post("/certificates/" + id + "/verify").as(WIDE_COORDINATOR)).status())
                .isEqualTo(403);
        assertThat(network.call(TestRequest.delete("/certificates/" + id).as(HAMAMATSU_COORDINATOR)).status())
                .as("another coordinator learns nothing of it").isEqualTo(404);
        assertThat(network.call(TestRequest.post("/certificates/" + id + "/verify").as(SECRETARIAT)).status())
                .isEqualTo(200);
        JsonObject seen = network.call(TestRequest.get("/capacity/" + WIDE_COORDINATOR.userId()).as(AGENCY)).body()
                .asJsonObject().getJsonArray("certificates").getJsonObject(0);
        assertThat(seen.getBoolean("verified")).isTrue();
        assertThat(seen.getJsonObject("kind").getString("label")).isEqualTo("インキュベーション・マネージャー");

        assertThat(network.call(TestRequest.get("/capacity/" + WIDE_COORDINATOR.userId())
                .as(HAMAMATSU_COORDINATOR)).status()).isEqualTo(403);
        assertThat(network.call(TestRequest.get("/capacity/me").as(TAMA_STAFF)).status()).isEqualTo(403);
        assertThat(network.call(TestRequest.get("/capacity/me").as(VISITOR)).status()).isEqualTo(401);
        assertThat(network.call(TestRequest.delete("/certificates/" + id).as(WIDE_COORDINATOR)).status())
                .isEqualTo(204);
        assertThat(mine(WIDE_COORDINATOR).getJsonArray("certificates")).isEmpty();
    }

    @Test
    void aBadCertificateIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
        assertThat(record(WIDE_COORDINATOR, "wizard", "魔法使い", "2019-03-15").fieldErrors()).containsKey("kind");
        assertThat(record(WIDE_COORDINATOR, "other", " ", "2019-03-15").fieldErrors()).containsKey("title");
        assertThat(record(WIDE_COORDINATOR, "other", "<script>x</script>", "2019-03-15").fieldErrors())
                .containsKey("title");
        assertThat(record(WIDE_COORDINATOR, "other", "資格", "2026-04-25").fieldErrors())
                .as("not in the future").containsKey("issuedOn");
        assertThat(record(WIDE_COORDINATOR, "other", "資格", "15/03/2019").fieldErrors()).containsKey("issuedOn");
        assertThat(mine(WIDE_COORDINATOR).getJsonArray("certificates")).isEmpty();
    }

    @Test
    void theSecretariatPairsTwoCoordinatorsOnceEitherOfThemEndsItAndOnlyTheyAndTheNetworkSeeIt() throws Exception {
        assertThat(pair(TAMA_STAFF, HAMAMATSU_COORDINATOR, WIDE_COORDINATOR).status()).isEqualTo(403);
        assertThat(pair(SECRETARIAT, HAMAMATSU_COORDINATOR, TAMA_STAFF).fieldErrors()).containsKey("menteeId");
        assertThat(pair(SECRETARIAT, HAMAMATSU_COORDINATOR, HAMAMATSU_COORDINATOR).fieldErrors())
                .containsKey("menteeId");
        TestResponse formed = pair(SECRETARIAT, HAMAMATSU_COORDINATOR, WIDE_COORDINATOR);
        assertThat(formed.status()).as(formed.toString()).isEqualTo(201);
        long id = formed.body().asJsonObject().getJsonNumber("id").longValue();
        assertThat(formed.body().asJsonObject().getString("startedOn")).isEqualTo("2026-04-24");
        assertThat(pair(SECRETARIAT, HAMAMATSU_COORDINATOR, WIDE_COORDINATOR).fieldErrors())
                .as("already running").containsKey("menteeId");

        assertThat(mine(WIDE_COORDINATOR).getJsonArray("mentoring")).hasSize(1);
        assertThat(network.call(TestRequest.get("/mentoring").as(AGENCY)).body().asJsonArray()).hasSize(1);
        assertThat(network.call(TestRequest.get("/mentoring").as(TAMA_STAFF)).status()).isEqualTo(403);
        Caller stranger = network.coordinator("u-stranger", Locale.JAPANESE);
        assertThat(network.call(TestRequest.get("/mentoring").as(stranger)).body().asJsonArray()).isEmpty();
        assertThat(network.call(TestRequest.post("/mentoring/" + id + "/end").as(stranger)).status())
                .isEqualTo(404);

        clock.set(FRIDAY.plus(Duration.ofDays(90)));
        TestResponse ended = network.call(TestRequest.post("/mentoring/" + id + "/end").as(WIDE_COORDINATOR));
        assertThat(ended.body().asJsonObject().getString("endedOn")).isEqualTo("2026-07-23");
        assertThat(network.call(TestRequest.get("/mentoring").query("running", "true").as(SECRETARIAT)).body()
                .asJsonArray()).isEmpty();
        assertThat(pair(SECRETARIAT, HAMAMATSU_COORDINATOR, WIDE_COORDINATOR).status()).as("a new pair once ended")
                .isEqualTo(201);
    }

    private JsonObject mine(Caller who) throws Exception {
        return network.call(TestRequest.get("/capacity/me").as(who)).body().asJsonObject();
    }

    private TestResponse record(Caller who, String kind, String title, String issuedOn) throws Exception {
        return network.call(TestRequest.post("/certificates").as(who).json("""
                {"kind":"%s","title":"%s","issuer":"日本ビジネス・インキュベーション協会","issuedOn":"%s"}
                """.formatted(kind, title, issuedOn)));
    }

    private TestResponse pair(Caller who, Caller mentor, Caller mentee) throws Exception {
        return network.call(TestRequest.post("/mentoring").as(who).json("""
                {"mentorId":"%s","menteeId":"%s","focus":{"ja":"産学連携の進め方","en":"Running industry-academia projects"}}
                """.formatted(mentor.userId(), mentee.userId())));
    }
}
