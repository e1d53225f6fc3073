package jp.innovationnet.portal.plugins.liaison;

import static jp.innovationnet.portal.plugins.liaison.Network.HAMAMATSU_STAFF;
import static jp.innovationnet.portal.plugins.liaison.Network.OULU;
import static jp.innovationnet.portal.plugins.liaison.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.liaison.Network.TAMA_ADMIN;
import static jp.innovationnet.portal.plugins.liaison.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.liaison.Network.TODAY;
import static jp.innovationnet.portal.plugins.liaison.Network.expect;
import static jp.innovationnet.portal.plugins.liaison.Network.morningOf;
import static jp.innovationnet.portal.plugins.liaison.Network.offer;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

/**
 * Bad input gets a 4xx naming the field in the caller's language (TAMA's administrator reads Japanese, its staff
 * English), and nothing of it is saved.
 */
class BadInputTest {

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
    void unknownCountriesKindsAndFieldsAreNamedByTheirPlaceInTheList() throws Exception {
        TestResponse refused = draft(TAMA_STAFF, offer("Offer").replace("\"countries\":[\"DE\",\"FI\"]",
                "\"countries\":[\"DE\",\"XX\",\"de\"]").replace("\"fields\":[\"manufacturing\",\"environment-energy\"]",
                "\"fields\":[\"shipbuilding\"]"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsEntry("countries[1]",
                        "must be an ISO 3166-1 country code such as DE or FI")
                .containsEntry("countries[2]", "is named twice").containsKey("fields[0]");

        TestResponse japanese = draft(TAMA_ADMIN, offer("Offer").replace("technology-offer", "joint-venture")
                .replace("\"stage\":\"prototype\"", "\"stage\":\"ready\""));
        assertThat(japanese.status()).isEqualTo(422);
        assertThat(japanese.fieldErrors()).containsKeys("kind", "stage");
        assertThat(japanese.fieldErrors().get("kind")).contains("technology-offer");
        assertThat(saved()).isZero();
    }

    @Test
    void anExpiryNotAfterPublicationAndADeadlineAfterTheExpiryAreRefused() throws Exception {
        TestResponse past = draft(TAMA_ADMIN, offer("Offer", "public", TODAY));
        assertThat(past.fieldErrors()).containsEntry("expires", "公開日より後の日にしてください");
        TestResponse deadline = draft(TAMA_STAFF, offer("Offer", "public", TODAY.plusMonths(1))
                .replace(TODAY.plusMonths(1).minusDays(1).toString(), TODAY.plusMonths(2).toString()));
        assertThat(deadline.fieldErrors()).containsEntry("deadline", "must not be after the expiry");
        assertThat(draft(TAMA_STAFF, offer("Offer", "public", TODAY.plusMonths(13))).fieldErrors())
                .containsEntry("expires", "must be within 12 months of publication");

        long id = network.submitted(TAMA_STAFF, offer("Offer", "public", TODAY.plusDays(2)));
        network.clock.set(morningOf(TODAY.plusDays(2)));
        TestResponse late = network.call(TestRequest.post("/opportunities/" + id + "/publish").as(SECRETARIAT));
        assertThat(late.status()).as("reviewed on its last day").isEqualTo(422);
        assertThat(late.fieldErrors()).containsEntry("expires", "公開日より後の日にしてください");
        assertThat(network.call(TestRequest.get("/opportunities/" + id).as(SECRETARIAT)).body().asJsonObject()
                .getJsonObject("status").getString("code")).as("still submitted").isEqualTo("submitted");
    }

    @Test
    void scriptInAnyTextAndACallSearchWithoutItsCallAreRefusedNamingTheField() throws Exception {
        TestResponse script = draft(TAMA_STAFF, offer("<script>alert(1)</script>")
                .replace("\"name\":\"" + Network.COMPANY + "\"", "\"name\":\"<img src=x onerror=alert(1)>\""));
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.fieldErrors()).containsEntry("summary.en", "must not contain HTML tags or scripts")
                .containsEntry("company.name", "must not contain HTML tags or scripts");
        assertThat(draft(TAMA_STAFF, offer("Offer").replace("\"coating\"]", "\"javascript:alert(1)\"]"))
                .fieldErrors()).containsEntry("keywords[1]", "must be one line without HTML tags or scripts");

        TestResponse call = draft(TAMA_ADMIN, offer("Offer").replace("technology-offer", "rd-partner-search"));
        assertThat(call.fieldErrors()).containsEntry("callName", "入力してください");
        TestResponse noEnglish = draft(TAMA_STAFF, offer("Offer").replace("\"summary\":{\"en\":\"Offer\",",
                "\"summary\":{\"en\":\" \","));
        assertThat(noEnglish.fieldErrors()).containsOnlyKeys("summary.en");
        assertThat(network.call(TestRequest.post("/opportunities").as(TAMA_STAFF).json("{\"kind\": [")).status())
                .isEqualTo(400);
        assertThat(saved()).isZero();
    }

    @Test
    void interestInOnesOwnOpportunityAndFollowsOfNothingAreRefused() throws Exception {
        long id = network.published(TAMA_STAFF, offer("Offer"));
        TestResponse own = network.call(TestRequest.post("/opportunities/" + id + "/interests")
                .as(Network.WIDE_COORDINATOR).json("{\"who\":\"Us\",\"capability\":\"All\",\"why\":\"Because\"}"));
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.fieldErrors()).containsEntry("opportunity", "自機関の案件には関心表明できません");
        TestResponse blank = network.call(TestRequest.post("/opportunities/" + id + "/interests").as(OULU)
                .json("{\"who\":\"\",\"capability\":\"<b>x</b>\",\"why\":\"Because\"}"));
        assertThat(blank.fieldErrors()).containsKeys("who", "capability");
        assertThat(network.call(TestRequest.get("/interests").as(TAMA_STAFF)).body().asJsonArray()).isEmpty();

        TestResponse nothing = network.call(TestRequest.post("/follows").as(HAMAMATSU_STAFF).json("{}"));
        assertThat(nothing.fieldErrors()).containsEntry("opportunityId",
                "案件、または種類・分野・国のどれかを指定してください");
        assertThat(network.call(TestRequest.post("/follows").as(OULU).json("{\"country\":\"EU\"}")).fieldErrors())
                .containsEntry("country", "must be an ISO 3166-1 country code such as DE or FI");
        assertThat(network.call(TestRequest.get("/opportunities").query("country", "ZZ").query("limit", "500")
                .query("q", "coating ".repeat(30)).as(OULU)).fieldErrors()).containsKeys("country", "limit", "q");
        assertThat(network.call(TestRequest.get("/follows").as(OULU)).body().asJsonArray()).isEmpty();
    }

    private TestResponse draft(Caller who, String body) throws Exception {
        return network.call(TestRequest.post("/opportunities").as(who).json(body));
    }

    private long saved() throws Exception {
        JsonObject mine = (JsonObject) expect(200, network.call(TestRequest.get("/opportunities").query("mine", "true")
                .as(TAMA_STAFF))).body();
        return mine.getJsonNumber("total").longValue();
    }
}
