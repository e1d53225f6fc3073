package jp.innovationnet.portal.plugins.coordinators;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_COORDINATOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.coordinators.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.coordinators.Network.VISITOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.WIDE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/** The expert finder's folding and ranking, the case workflow and the refusal of bad input. */
class SearchAndWorkflowTest {

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
    void widthKanaAndKanjiVariantsOfATagOrWordFindTheSamePeople() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("表面処理の支援", "Surface treatment", "Chubu",
                List.of("ﾒｯｷ"), "public", "members"));
        for (String q : List.of("メッキ", "めっき", "ﾒｯｷ", "表面処理", "ひょうめんしょり")) {
            assertThat(experts(TAMA_STAFF, "q", q)).as(q).containsExactly(HAMAMATSU_COORDINATOR.userId());
        }
        for (String tag : List.of("メッキ", "めっき", "ﾒｯｷ")) {
            assertThat(experts(TAMA_STAFF, "tag", tag)).as(tag).containsExactly(HAMAMATSU_COORDINATOR.userId());
        }
        assertThat(experts(TAMA_STAFF, "q", "半導体")).isEmpty();
        JsonObject found = (JsonObject) network.call(TestRequest.get("/experts").query("tag", "めっき")
                .as(TAMA_STAFF)).body();
        assertThat(found.getJsonArray("items").getJsonObject(0).getJsonObject("expertise").getJsonArray("tags")
                .getString(0)).isEqualTo("ﾒｯｷ");
    }

    @Test
    void aWordInKanaFindsItsKanjiButNotEveryTextThatSharesOneOfItsKana() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("半導体の製造装置", null, "Chubu", List.of("装置"),
                "members", "members"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("食品の品質と味覚の評価", null, "Kanto", List.of("食品"),
                "members", "members"));
        assertThat(experts(TAMA_STAFF, "q", "はんどうたい")).containsExactly(HAMAMATSU_COORDINATOR.userId());
        assertThat(experts(TAMA_STAFF, "q", "半導体")).containsExactly(HAMAMATSU_COORDINATOR.userId());
    }

    @Test
    void expertsAreRankedByMatchesInTheirProfileAndPublishedCasesAndFilteredByCode() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき", "Plating", "Chubu", List.of("メッキ"),
                "members", "members"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("知財とめっき", null, "Kanto", List.of("特許"),
                "members", "members"));
        assertThat(experts(TAMA_STAFF, "q", "めっき 特許")).first().isEqualTo(WIDE_COORDINATOR.userId());
        network.publishedCase(HAMAMATSU_COORDINATOR, WIDE_COORDINATOR,
                Network.supportCase("めっき工程の改善", "ja", "members", null));
        assertThat(experts(TAMA_STAFF, "q", "めっき")).first().isEqualTo(HAMAMATSU_COORDINATOR.userId());
        assertThat(experts(TAMA_STAFF, "region", "Kanto")).containsExactly(WIDE_COORDINATOR.userId());
        assertThat(experts(TAMA_STAFF, "region", "Chubu")).as("a prefecture covered counts for its region")
                .containsExactlyInAnyOrder(HAMAMATSU_COORDINATOR.userId(), WIDE_COORDINATOR.userId());
        assertThat(experts(TAMA_STAFF, "service", "ip-licensing")).hasSize(2);
        assertThat(experts(VISITOR, "q", "めっき")).isEmpty();
        assertThat(network.call(TestRequest.get("/experts").query("field", "alchemy").as(TAMA_STAFF))
                .fieldErrors()).containsKey("field");
    }

    @Test
    void aCaseIsPublishedOnlyThroughReviewByAnotherCoordinator() throws Exception {
        long id = network.createCase(HAMAMATSU_COORDINATOR, Network.supportCase("事例", "ja", "members", null));
        TestResponse own = submit(id, HAMAMATSU_COORDINATOR, HAMAMATSU_COORDINATOR);
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.fieldErrors()).containsKey("reviewerId");
        assertThat(submit(id, HAMAMATSU_COORDINATOR, TAMA_STAFF).fieldErrors()).containsKey("reviewerId");
        assertThat(network.call(TestRequest.post("/cases/" + id + "/approve").as(HAMAMATSU_COORDINATOR)).status())
                .isEqualTo(403);
        assertThat(cases(TAMA_STAFF)).isEmpty();

        assertThat(submit(id, HAMAMATSU_COORDINATOR, WIDE_COORDINATOR).status()).isEqualTo(200);
        assertThat(network.call(TestRequest.post("/cases/" + id + "/approve").as(HAMAMATSU_COORDINATOR)).status())
                .isEqualTo(403);
        assertThat(network.call(TestRequest.post("/cases/" + id + "/return").as(WIDE_COORDINATOR)
                .json("{\"comment\":\"成果を具体的に\"}")).status()).isEqualTo(200);
        assertThat(network.call(TestRequest.get("/cases/mine").as(HAMAMATSU_COORDINATOR)).body().asJsonArray()
                .getJsonObject(0).getString("reviewComment")).isEqualTo("成果を具体的に");
        submit(id, HAMAMATSU_COORDINATOR, WIDE_COORDINATOR);
        assertThat(network.call(TestRequest.post("/cases/" + id + "/approve").as(WIDE_COORDINATOR)).status())
                .isEqualTo(200);
        assertThat(cases(TAMA_STAFF)).containsExactly((int) id);
        assertThat(network.call(TestRequest.get("/cases").query("outcome", "partnership").query("q", "めっき")
                .as(TAMA_STAFF)).body().asJsonObject().getInt("total")).isEqualTo(1);
        assertThat(network.call(TestRequest.get("/cases").query("factor", "core-ventures").as(TAMA_STAFF)).body()
                .asJsonObject().getInt("total")).isZero();
        assertThat(network.context().auditTrail().all()).extracting(e -> e.action()).contains("case.published");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        String script = Network.profile("<script>alert(1)</script>", null, "Atlantis", List.of("メッキ", "ﾒｯｷ"),
                "public", "members").replace("\"fields\":[\"manufacturing\"]", "\"fields\":[]");
        TestResponse refused = network.writeProfile(HAMAMATSU_COORDINATOR, script);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsKeys("summary.ja", "region", "fields");
        TestResponse repeated = network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("概要", null, "Chubu",
                List.of("メッキ", "ﾒｯｷ"), "public", "members"));
        assertThat(repeated.fieldErrors()).containsKeys("tags[1]", "summary.en");
        assertThat(repeated.fieldErrors().get("tags[1]")).contains("メッキ");
        assertThat(network.call(TestRequest.get("/profiles/me").as(HAMAMATSU_COORDINATOR)).status())
                .isEqualTo(404);

        TestResponse publicInJapanese = network.call(TestRequest.post("/cases").as(HAMAMATSU_COORDINATOR)
                .json(Network.supportCase("浜松鍍金工業の事例", "ja", "public", "浜松鍍金工業")));
        assertThat(publicInJapanese.fieldErrors()).containsKeys("audience", "title");
        TestResponse unknown = network.call(TestRequest.post("/cases").as(HAMAMATSU_COORDINATOR)
                .json(Network.supportCase("", "ja", "members", null).replace("regional-collaboration", "luck")));
        assertThat(unknown.fieldErrors()).containsKeys("title", "factors[0].<list element>");
        TestResponse twoLines = network.call(TestRequest.post("/cases").as(HAMAMATSU_COORDINATOR)
                .json(Network.supportCase("事例", "ja", "members", null).replace("静岡大学", "静岡\\n大学")));
        assertThat(twoLines.fieldErrors()).containsKey("partners[0].name");
        assertThat(network.call(TestRequest.get("/cases/mine").as(HAMAMATSU_COORDINATOR)).body().asJsonArray())
                .isEmpty();
        assertThat(network.context().auditTrail().all()).isEmpty();
    }

    @Test
    void theSecretariatEditsAnyCoordinatorsProfileAndOnlyACoordinators() throws Exception {
        String body = Network.profile("事務局が代筆", null, "Chubu", List.of(), "members", "members");
        assertThat(network.call(TestRequest.put("/profiles/" + HAMAMATSU_COORDINATOR.userId()).as(SECRETARIAT)
                .json(body)).status()).isEqualTo(200);
        assertThat(network.call(TestRequest.put("/profiles/" + TAMA_STAFF.userId()).as(SECRETARIAT).json(body))
                .status()).isEqualTo(404);
        assertThat(network.call(TestRequest.get("/profiles/me").as(HAMAMATSU_COORDINATOR)).body().asJsonObject()
                .getJsonObject("expertise").getJsonObject("summary").getString("ja")).isEqualTo("事務局が代筆");
    }

    private TestResponse submit(long id, Caller author, Caller reviewer) throws Exception {
        return network.call(TestRequest.post("/cases/" + id + "/submit").as(author)
                .json("{\"reviewerId\":\"" + reviewer.userId() + "\"}"));
    }

    private List<String> experts(Caller who, String parameter, String value) throws Exception {
        return network.call(TestRequest.get("/experts").query(parameter, value).as(who)).body().asJsonObject()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("userId")).toList();
    }

    private List<Integer> cases(Caller who) throws Exception {
        return network.call(TestRequest.get("/cases").as(who)).body().asJsonObject().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getInt("id")).toList();
    }
}
