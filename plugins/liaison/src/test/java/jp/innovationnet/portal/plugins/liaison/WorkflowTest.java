package jp.innovationnet.portal.plugins.liaison;

import static jp.innovationnet.portal.plugins.liaison.Network.HAMAMATSU_STAFF;
import static jp.innovationnet.portal.plugins.liaison.Network.JETRO;
import static jp.innovationnet.portal.plugins.liaison.Network.OULU;
import static jp.innovationnet.portal.plugins.liaison.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.liaison.Network.TAMA_ADMIN;
import static jp.innovationnet.portal.plugins.liaison.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.liaison.Network.TODAY;
import static jp.innovationnet.portal.plugins.liaison.Network.VISITOR;
import static jp.innovationnet.portal.plugins.liaison.Network.expect;
import static jp.innovationnet.portal.plugins.liaison.Network.morningOf;
import static jp.innovationnet.portal.plugins.liaison.Network.offer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

/**
 * An opportunity's way: drafted, reviewed (returned, rewritten, published), reminded once before it expires, expired
 * once on a fixed clock, renewed; an expression of interest taken to a partnership agreement; a follow alerted once.
 */
class WorkflowTest {

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
    void theSecretariatReturnsWithACommentAndPublishesWhatPassesItsReview() throws Exception {
        long id = network.submitted(TAMA_STAFF, offer("Coating offer"));
        assertThat(status(VISITOR, id)).as("not published yet").isEqualTo(404);
        assertThat(network.context().sentNotifications().last().recipient().value()).isEqualTo("secretariat");

        JsonObject returned = body(expect(200, network.call(TestRequest.post("/opportunities/" + id + "/return")
                .as(SECRETARIAT).json("{\"comment\":\"Name the licence terms you offer\"}"))));
        assertThat(returned.getJsonObject("status").getString("code")).isEqualTo("returned");
        JsonObject seenByTama = read(TAMA_ADMIN, id);
        assertThat(seenByTama.getString("reviewComment")).isEqualTo("Name the licence terms you offer");
        assertThat(seenByTama.getJsonArray("actions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)).containsExactly("edit", "submit");
        assertThat(network.call(TestRequest.post("/opportunities/" + id + "/publish").as(SECRETARIAT)).status())
                .as("only a submitted one is published").isEqualTo(409);

        expect(200, network.call(TestRequest.put("/opportunities/" + id).as(TAMA_ADMIN)
                .json(offer("Coating offer, licence or joint venture"))));
        expect(200, network.call(TestRequest.post("/opportunities/" + id + "/submit").as(TAMA_ADMIN)));
        assertThat(network.call(TestRequest.put("/opportunities/" + id).as(TAMA_ADMIN).json(offer("x")))
                .fieldErrors()).as("nothing changes under review").containsKey("status");
        expect(200, network.call(TestRequest.post("/opportunities/" + id + "/publish").as(SECRETARIAT)));

        JsonObject published = read(VISITOR, id);
        assertThat(published.getJsonObject("summary").getString("en"))
                .isEqualTo("Coating offer, licence or joint venture");
        assertThat(published.getJsonObject("intermediary").getString("nameEn")).isEqualTo("TAMA Association");
        assertThat(network.context().auditTrail().all().stream().map(a -> a.action()))
                .contains("opportunity.drafted", "opportunity.submitted", "opportunity.returned",
                        "opportunity.rewritten", "opportunity.published");
        assertThat(network.context().sentNotifications().last().message().bodyEn()).contains("Published");
    }

    @Test
    void theAuthorIsRemindedOnceBeforeTheExpiryWhichHappensOnceAndARenewalEarnsANewReminder() throws Exception {
        LocalDate expires = TODAY.plusMonths(2);
        long id = network.published(TAMA_STAFF, offer("Coating offer", "public", expires));
        upkeepOn(expires.minusDays(20));
        assertThat(reminders()).as("not yet").isEmpty();

        upkeepOn(expires.minusDays(14));
        upkeepOn(expires.minusDays(13));
        assertThat(reminders()).hasSize(1);
        Mail.Email reminder = reminders().get(0);
        assertThat(reminder.to()).isEqualTo("u-tama-staff@example.jp");
        assertThat(reminder.language()).isEqualTo(Locale.ENGLISH);
        assertThat(reminder.text())
                .contains(expires.toString(), "https://portal.test/p/liaison/opportunities?id=" + id);

        upkeepOn(expires);
        assertThat(status(VISITOR, id)).as("published through its last day").isEqualTo(200);
        upkeepOn(expires.plusDays(1));
        upkeepOn(expires.plusDays(1));
        assertThat(status(VISITOR, id)).isEqualTo(404);
        assertThat(read(TAMA_STAFF, id).getJsonObject("status").getString("code")).isEqualTo("expired");
        assertThat(network.context().auditTrail().all().stream().filter(a -> a.action().equals("opportunity.expired")))
                .hasSize(1);
        TestResponse late = network.call(TestRequest.post("/opportunities/" + id + "/interests").as(OULU)
                .json("{\"who\":\"A company\",\"capability\":\"Stamping\",\"why\":\"Our market\"}"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.fieldErrors()).containsEntry("opportunity", "is not published (any more)");

        JsonObject renewed = body(expect(200, network.call(TestRequest.post("/opportunities/" + id + "/renew")
                .as(TAMA_ADMIN))));
        LocalDate newExpiry = expires.plusDays(1).plusMonths(12);
        assertThat(renewed.getString("expires")).isEqualTo(newExpiry.toString());
        assertThat(status(VISITOR, id)).isEqualTo(200);
        upkeepOn(newExpiry.minusDays(10));
        assertThat(reminders()).as("the new expiry's reminder").hasSize(2);
    }

    @Test
    void anExpressionOfInterestGoesThroughTheIntermediaryToAResearchAgreementEachStepToldOnce() throws Exception {
        long id = network.published(TAMA_STAFF, offer("Coating offer"));
        long interest = network.interest(OULU, id);
        assertThat(network.context().sentNotifications().last().recipient().value()).isEqualTo("tama");
        assertThat(network.context().sentMails().last().to()).isEqualTo("u-tama-staff@example.jp");

        TestResponse again = network.call(TestRequest.post("/opportunities/" + id + "/interests").as(OULU)
                .json("{\"who\":\"A company\",\"capability\":\"Stamping\",\"why\":\"Our market\"}"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.fieldErrors()).containsKey("opportunity");
        assertThat(step(interest, "{\"step\":\"meeting\"}").fieldErrors()).as("introduce first")
                .containsEntry("step", "「関心表明」の次にはできません");

        for (String next : List.of("introduced", "meeting", "negotiation")) {
            expect(200, step(interest, "{\"step\":\"" + next + "\",\"note\":\"Next: " + next + "\"}"));
        }
        TestResponse noKind = step(interest, "{\"step\":\"agreement\"}");
        assertThat(noKind.status()).isEqualTo(422);
        assertThat(noKind.fieldErrors()).containsOnlyKeys("agreement");
        JsonObject agreed = body(expect(200, step(interest, "{\"step\":\"agreement\",\"agreement\":\"research\"}")));
        assertThat(agreed.getJsonObject("status").getString("code")).isEqualTo("agreement");
        assertThat(agreed.getJsonObject("agreement").getString("code")).isEqualTo("research");
        assertThat(agreed.getJsonArray("steps")).isEmpty();

        List<Mail.Email> toOulu = network.context().sentMails().all().stream()
                .filter(m -> m.to().equals("u-oulu@example.jp")).toList();
        assertThat(toOulu).hasSize(4);
        assertThat(toOulu.get(3).subject()).contains("Partnership agreement");
        assertThat(network.context().sentNotifications().all().stream()
                .filter(n -> n.recipient().value().equals("u-oulu"))).hasSize(4);
        assertThat(network.context().auditTrail().all().stream().map(a -> a.action()))
                .contains("interest.expressed", "interest.introduced", "interest.meeting", "interest.negotiation",
                        "interest.agreement");

        JsonObject figures = body(expect(200, network.call(TestRequest.get("/figures").as(JETRO))));
        assertThat(figures.getJsonNumber("interests").longValue()).isEqualTo(1);
        assertThat(figures.getJsonNumber("introductions").longValue()).isEqualTo(1);
        assertThat(figures.getJsonArray("agreements").getJsonObject(0).getJsonNumber("count").longValue())
                .isEqualTo(1);
        assertThat(figures.getJsonArray("byCountry").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("item").getString("label"))).containsExactly("Germany", "Finland");
        TestResponse csv = expect(200, network.call(TestRequest.get("/figures.csv").as(SECRETARIAT)));
        assertThat(new String(csv.content().orElseThrow(), StandardCharsets.UTF_8))
                .contains("指標", "byKind,technology-offer,技術の提供,1", "agreements,research,研究協力,1");
    }

    @Test
    void aFollowerHearsOnceOfNewOpportunitiesMatchingTheirSearchAndSeesThemOnTheHomePanel() throws Exception {
        expect(201, network.call(TestRequest.post("/follows").as(OULU)
                .json("{\"field\":\"environment-energy\",\"country\":\"fi\"}")));
        expect(201, network.call(TestRequest.post("/follows").as(HAMAMATSU_STAFF).json("{\"kind\":\"investment\"}")));
        network.clock.set(Network.START.plusSeconds(60));
        long id = network.published(TAMA_STAFF, offer("Coating offer"));
        network.clock.set(Network.START.plusSeconds(120));
        network.plugin.runScheduled("follow-alerts");
        network.plugin.runScheduled("follow-alerts");

        List<Mail.Email> alerts = network.context().sentMails().all().stream()
                .filter(m -> m.subject().startsWith("New partnership opportunities")).toList();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).to()).isEqualTo("u-oulu@example.jp");
        assertThat(alerts.get(0).text()).contains("Coating offer", "opportunities?id=" + id);
        JsonObject panel = ((JsonArray) expect(200, network.call(TestRequest.get(
                "/opportunities/matching").as(OULU))).body()).getJsonObject(0);
        assertThat(panel.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(((JsonArray) network.call(TestRequest.get("/opportunities/matching")
                .as(HAMAMATSU_STAFF)).body())).isEmpty();
    }

    @Test
    void anOfferSuggestsTheRequestsOfOtherIntermediariesSharingAField() throws Exception {
        long offer = network.published(TAMA_STAFF, offer("Coating offer"));
        network.published(TAMA_STAFF, offer("Another coating offer"));
        network.published(TAMA_STAFF, offer("TAMA's own request").replace("technology-offer", "technology-request"));
        long request = network.published(HAMAMATSU_STAFF, offer("Separator coating sought")
                .replace("technology-offer", "technology-request"));
        network.published(HAMAMATSU_STAFF, offer("A request in another field")
                .replace("technology-offer", "technology-request")
                .replace("\"fields\":[\"manufacturing\",\"environment-energy\"]", "\"fields\":[\"it\"]"));

        JsonArray matches = (JsonArray) expect(200, network.call(TestRequest.get(
                "/opportunities/" + offer + "/matches").as(VISITOR))).body();
        assertThat(matches.getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("id").longValue()))
                .containsExactly(request);
    }

    @Test
    void aTextOnlyInJapaneseIsTheVisitorsTooAndFoundByItsWordsInEitherWidth() throws Exception {
        long id = network.published(HAMAMATSU_STAFF, """
                {"kind":"business-request","company":{"name":"浜松の部品メーカー","contact":"営業部 054-000-0000"},
                 "language":"ja","summary":{"ja":"メッキ加工の販売代理店を募集（ドイツ・フィンランド）"},
                 "description":{"ja":"自動車部品向けの無電解ニッケルめっき。欧州の販売代理店を探しています。"},
                 "stage":"on-the-market","ipr":"secret-know-how",
                 "partner":{"type":"company","role":"販売代理店"},"fields":["manufacturing"],"countries":["DE","FI"],
                 "visibility":{"description":"public"}}
                """);
        JsonObject read = read(VISITOR, id);
        assertThat(read.getJsonObject("summary").getString("ja")).startsWith("メッキ加工");
        assertThat(read.getJsonObject("description").getString("ja")).contains("販売代理店");
        assertThat(read.getJsonObject("stage").getString("label")).isEqualTo("On the market");
        for (String words : List.of("ﾒｯｷ", "販売代理店", "ニッケル", "めっき")) {
            JsonObject found = body(expect(200, network.call(TestRequest.get("/opportunities").query("q", words)
                    .as(VISITOR))));
            assertThat(found.getJsonNumber("total").longValue()).as(words).isEqualTo(1);
        }
        assertThat(network.call(TestRequest.get("/opportunities").query("q", "浜松の部品").as(VISITOR)).body()
                .asJsonObject().getJsonNumber("total").longValue()).as("never by the company").isZero();
    }

    private TestResponse step(long interest, String body) throws Exception {
        return network.call(TestRequest.post("/interests/" + interest + "/steps").as(TAMA_ADMIN).json(body));
    }

    private void upkeepOn(LocalDate day) throws Exception {
        network.clock.set(morningOf(day));
        network.plugin.runScheduled("opportunity-upkeep");
    }

    private List<Mail.Email> reminders() {
        return network.context().sentMails().all().stream()
                .filter(m -> m.subject().startsWith("Opportunity expiring soon")).toList();
    }

    private int status(Caller who, long id) throws Exception {
        return network.call(TestRequest.get("/opportunities/" + id).as(who)).status();
    }

    private JsonObject read(Caller who, long id) throws Exception {
        return body(expect(200, network.call(TestRequest.get("/opportunities/" + id).as(who))));
    }

    private static JsonObject body(TestResponse response) {
        return (JsonObject) response.body();
    }
}
