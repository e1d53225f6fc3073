package jp.innovationnet.portal.plugins.coordinators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.testkit.TestClock;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;
import jp.innovationnet.portal.plugins.coordinators.question.Escalation;

import static jp.innovationnet.portal.plugins.coordinators.Network.AGENCY;
import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_COORDINATOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.coordinators.Network.TAMA_ADMIN;
import static jp.innovationnet.portal.plugins.coordinators.Network.TAMA_STAFF;
import static jp.innovationnet.portal.plugins.coordinators.Network.WIDE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions and answers: votes, the accepted answer, refused input with nothing saved, search by Japanese variants,
 * the three best-matched experts asked, the escalation after Japanese business days (once), a case draft from an
 * answer without the asker, and a coordinator's open questions.
 */
class QuestionsTest {

    /** Friday 24 April 2026, 10:00 in Tokyo: three business days later is Thursday 30 April (29 April is Shōwa Day). */
    private static final Instant FRIDAY = OffsetDateTime.parse("2026-04-24T10:00:00+09:00").toInstant();

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

    static String question(String title, String body, String fields, String services, String region,
                           List<String> tags, boolean askExperts) {
        return """
                {"title":"%s","body":"%s","fields":[%s],"services":[%s],"region":%s,"tags":[%s],"askExperts":%s}
                """.formatted(title, body, fields, services, region == null ? "null" : "\"" + region + "\"",
                String.join(",", tags.stream().map(t -> "\"" + t + "\"").toList()), askExperts);
    }

    private long ask(Caller asker, String body) throws Exception {
        TestResponse asked = network.call(TestRequest.post("/questions").as(asker).json(body));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return asked.body().asJsonObject().getJsonNumber("id").longValue();
    }

    private long plating(Caller asker) throws Exception {
        return ask(asker, question("めっきの歩留まり", "表面処理の不良を減らしたい。北陸の専門家はいますか", "\"manufacturing\"",
                "\"business-matching\"", "Chubu", List.of("メッキ"), false));
    }

    private long answer(Caller author, long questionId, String text) throws Exception {
        TestResponse answered = network.call(TestRequest.post("/questions/" + questionId + "/answers").as(author)
                .json("{\"body\":\"" + text + "\"}"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        return answered.body().asJsonObject().getJsonArray("answers").stream().map(JsonObject.class::cast)
                .filter(a -> a.getBoolean("mine")).mapToLong(a -> a.getJsonNumber("id").longValue()).max()
                .orElseThrow();
    }

    private JsonObject read(Caller who, long questionId) throws Exception {
        return network.call(TestRequest.get("/questions/" + questionId).as(who)).body().asJsonObject();
    }

    private int score(long questionId, long answerId) throws Exception {
        return read(SECRETARIAT, questionId).getJsonArray("answers").stream().map(JsonObject.class::cast)
                .filter(a -> a.getJsonNumber("id").longValue() == answerId).findFirst().orElseThrow()
                .getInt("score");
    }

    private TestResponse vote(Caller who, long answerId, int value) throws Exception {
        return network.call(TestRequest.post("/answers/" + answerId + "/vote").as(who)
                .json("{\"value\":" + value + "}"));
    }

    @Test
    void oneVotePerPersonNoneOnOnesOwnAnswerAndOnlyTheAskerAcceptsAnAnswerToTheirQuestion() throws Exception {
        long asked = plating(TAMA_STAFF);
        long other = plating(WIDE_COORDINATOR);
        long good = answer(HAMAMATSU_COORDINATOR, asked, "公設試の**表面技術**部門に相談を");
        long fromAgency = answer(AGENCY, asked, "補助金の活用も検討できます");
        long elsewhere = answer(SECRETARIAT, other, "別の質問への回答");

        TestResponse own = vote(HAMAMATSU_COORDINATOR, good, 1);
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.fieldErrors()).containsKey("value");
        assertThat(vote(WIDE_COORDINATOR, good, 1).status()).isEqualTo(200);
        assertThat(score(asked, good)).isEqualTo(1);
        assertThat(vote(WIDE_COORDINATOR, good, 1).status()).isEqualTo(200);
        assertThat(score(asked, good)).as("a second vote replaces the first").isEqualTo(1);
        vote(WIDE_COORDINATOR, good, -1);
        vote(TAMA_ADMIN, good, 1);
        vote(TAMA_STAFF, good, 1);
        assertThat(score(asked, good)).isEqualTo(1);
        assertThat(vote(TAMA_STAFF, good, 0).fieldErrors()).containsKey("value");
        assertThat(vote(TAMA_STAFF, good, 2).fieldErrors()).containsKey("value");
        assertThat(score(asked, good)).isEqualTo(1);

        assertThat(network.call(TestRequest.post("/questions/" + asked + "/accept").as(WIDE_COORDINATOR)
                .json("{\"answerId\":" + good + "}")).status()).as("not the asker").isEqualTo(403);
        assertThat(network.call(TestRequest.post("/questions/" + other + "/accept").as(TAMA_STAFF)
                .json("{\"answerId\":" + elsewhere + "}")).status()).as("someone else's question").isEqualTo(403);
        TestResponse wrong = network.call(TestRequest.post("/questions/" + asked + "/accept").as(TAMA_STAFF)
                .json("{\"answerId\":" + elsewhere + "}"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.fieldErrors()).containsKey("answerId");
        assertThat(read(TAMA_STAFF, asked).containsKey("acceptedAnswerId")).isFalse();

        TestResponse accepted = network.call(TestRequest.post("/questions/" + asked + "/accept").as(TAMA_STAFF)
                .json("{\"answerId\":" + fromAgency + "}"));
        assertThat(accepted.status()).isEqualTo(200);
        JsonObject seen = accepted.body().asJsonObject();
        assertThat(seen.getJsonNumber("acceptedAnswerId").longValue()).isEqualTo(fromAgency);
        assertThat(seen.getJsonArray("answers").getJsonObject(0).getBoolean("accepted")).isTrue();
        assertThat(seen.getJsonArray("answers").getJsonObject(0).getJsonNumber("id").longValue())
                .isEqualTo(fromAgency);
        assertThat(network.call(TestRequest.get("/questions").query("open", "true").as(TAMA_STAFF)).body()
                .asJsonObject().getInt("total")).isEqualTo(1);
        assertThat(network.call(TestRequest.post("/questions/" + asked + "/accept").as(TAMA_STAFF)
                .json("{\"answerId\":" + good + "}")).body().asJsonObject().getJsonNumber("acceptedAnswerId")
                .longValue()).as("another answer replaces the accepted one").isEqualTo(good);
    }

    @Test
    void anAcceptedAnswerCountsForItsAuthorsExpertiseAndAQuestionNeverForItsAsker() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき技術の専門家", null, "Chubu",
                List.of("メッキ"), "network", "network"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("知財の橋渡し", null, "Kanto", List.of("特許"),
                "network", "network"));
        long asked = ask(WIDE_COORDINATOR, question("陽極酸化の相談", "陽極酸化の外注先を探しています", "", "", null,
                List.of(), false));
        assertThat(experts("陽極酸化")).isEmpty();
        long answered = answer(HAMAMATSU_COORDINATOR, asked, "陽極酸化なら浜松の公設試が詳しい");
        assertThat(experts("陽極酸化")).as("not before it is accepted").isEmpty();
        network.call(TestRequest.post("/questions/" + asked + "/accept").as(WIDE_COORDINATOR)
                .json("{\"answerId\":" + answered + "}"));
        assertThat(experts("陽極酸化")).containsExactly(HAMAMATSU_COORDINATOR.userId());
    }

    private List<String> experts(String words) throws Exception {
        return network.call(TestRequest.get("/experts").query("q", words).as(SECRETARIAT)).body().asJsonObject()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("userId")).toList();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsHalfSaved() throws Exception {
        TestResponse refused = network.call(TestRequest.post("/questions").as(TAMA_STAFF).json(question("",
                "<script>alert(1)</script>", "\"alchemy\"", "\"business-matching\"", "Atlantis", List.of(),
                true)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsKeys("title", "body", "fields[0].<list element>", "region");
        TestResponse repeated = network.call(TestRequest.post("/questions").as(TAMA_STAFF).json(question("めっき",
                "質問", "", "", null, List.of("メッキ", "ﾒｯｷ"), true)));
        assertThat(repeated.fieldErrors()).containsKey("tags[1]");
        TestResponse oversized = network.call(TestRequest.post("/questions").as(TAMA_STAFF).json(question("長文",
                "あ".repeat(8001), "", "", null, List.of(), true)));
        assertThat(oversized.status()).isEqualTo(422);
        assertThat(oversized.fieldErrors()).containsOnlyKeys("body");
        assertThat(network.call(TestRequest.get("/questions").as(TAMA_STAFF)).body().asJsonObject().getInt("total"))
                .isZero();

        long asked = plating(TAMA_STAFF);
        TestResponse script = network.call(TestRequest.post("/questions/" + asked + "/answers")
                .as(HAMAMATSU_COORDINATOR).json("{\"body\":\"<img src=x onerror=alert(1)>\"}"));
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.fieldErrors()).containsKey("body");
        assertThat(network.call(TestRequest.post("/questions/" + asked + "/answers").as(HAMAMATSU_COORDINATOR)
                .json("{\"body\":\"  \"}")).fieldErrors()).containsKey("body");
        assertThat(read(TAMA_STAFF, asked).getInt("answerCount")).isZero();
        assertThat(read(TAMA_STAFF, asked).getJsonArray("answers")).isEmpty();
        assertThat(network.context().sentNotifications().all()).isEmpty();
        assertThat(network.context().auditTrail().all()).extracting(e -> e.action())
                .containsExactly("question.asked");
    }

    @Test
    void questionsAndTheirAnswersAreFoundByKanaKanjiAndHalfWidthVariants() throws Exception {
        long asked = plating(TAMA_STAFF);
        ask(AGENCY, question("知財の相談", "特許のライセンス先を探しています", "\"it\"", "\"ip-licensing\"", "Kanto",
                List.of("特許"), false));
        answer(HAMAMATSU_COORDINATOR, asked, "陽極酸化の経験者を紹介できます");
        assertThat(found("q", "ひょうめんしょり")).as("best matched first").first().isEqualTo(asked);
        assertThat(found("q", "表面処理")).containsExactly(asked);
        assertThat(found("tag", "ﾒｯｷ")).containsExactly(asked);
        assertThat(found("q", "陽極酸化")).as("an answer's words find its question").containsExactly(asked);
        assertThat(found("field", "manufacturing")).containsExactly(asked);
        assertThat(found("region", "Kanto")).hasSize(1).doesNotContain(asked);
        TestResponse unknown = network.call(TestRequest.get("/questions").query("service", "magic").as(TAMA_STAFF));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.fieldErrors()).containsKey("service");
    }

    private List<Long> found(String parameter, String value) throws Exception {
        return network.call(TestRequest.get("/questions").query(parameter, value).as(TAMA_STAFF)).body()
                .asJsonObject().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void askingTheExpertsNotifiesTheThreeBestMatchedInTheirLanguageAndRecordsThem() throws Exception {
        Caller english = network.coordinator("u-coord-en", Locale.ENGLISH);
        Caller kanto = network.coordinator("u-coord-kanto", Locale.JAPANESE);
        Caller far = network.coordinator("u-coord-far", Locale.JAPANESE);
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき技術の専門家", "Plating expert", "Chubu",
                List.of("メッキ", "表面処理"), "network", "network"));
        network.writeProfile(english, Network.profile("表面処理と陽極酸化", "Surface treatment", "Chubu",
                List.of("ﾒｯｷ"), "network", "network"));
        network.writeProfile(kanto, Network.profile("表面処理の相談", null, "Kanto", List.of("金型"), "network",
                "network"));
        network.writeProfile(far, Network.profile("食品の販路開拓", null, "Hokkaido", List.of("食品"), "network",
                "network").replace("\"manufacturing\"", "\"agri-food\"")
                .replace("\"business-matching\",\"ip-licensing\"", "\"financing\"")
                .replace("表面処理の企業で20年。", "食品会社で20年。"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("めっきの表面処理", null, "Chubu", List.of("メッキ"),
                "network", "network"));
        network.context().sentNotifications().clear();

        long asked = ask(WIDE_COORDINATOR, question("めっきの歩留まり", "表面処理の不良を減らしたい", "\"manufacturing\"",
                "\"business-matching\"", "Chubu", List.of("メッキ"), true));

        List<String> notified = network.context().sentNotifications().all().stream()
                .map(n -> n.recipient().value()).toList();
        assertThat(notified).as("the three best, never the asker, never the food expert")
                .containsExactlyInAnyOrder(HAMAMATSU_COORDINATOR.userId(), english.userId(), kanto.userId());
        assertThat(network.context().sentNotifications().all()).allSatisfy(n -> {
            assertThat(n.recipient().kind()).isEqualTo(Notifications.Recipient.Kind.USER);
            assertThat(n.message().link()).isEqualTo("/p/coordinators/questions?id=" + asked);
        });
        assertThat(network.context().sentMails().all()).hasSize(3).anySatisfy(mail -> {
            assertThat(mail.to()).isEqualTo("u-coord-en@example.jp");
            assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
            assertThat(mail.subject()).startsWith("A question for you");
        }).anySatisfy(mail -> assertThat(mail.subject()).startsWith("あなたへの質問"));
        assertThat(read(TAMA_STAFF, asked).getInt("expertsAsked")).isEqualTo(3);
        assertThat(network.context().auditTrail().last().changes().get("expertsAsked"))
                .contains(HAMAMATSU_COORDINATOR.userId());
    }

    @Test
    void anUnansweredQuestionGoesToTheSecretariatAfterThreeBusinessDaysAcrossGoldenWeekAndOnlyOnce()
            throws Exception {
        long friday = plating(TAMA_STAFF);
        long answered = plating(AGENCY);
        answer(HAMAMATSU_COORDINATOR, answered, "回答します");
        clock.set(OffsetDateTime.parse("2026-04-30T10:00:00+09:00").toInstant());
        long beforeTheHolidays = plating(TAMA_ADMIN);

        clock.set(OffsetDateTime.parse("2026-04-30T09:59:00+09:00").toInstant());
        network.plugin.runScheduled(Escalation.TASK);
        assertThat(escalations()).as("29 April is Shōwa Day: not yet three business days").isEmpty();

        clock.set(OffsetDateTime.parse("2026-04-30T10:00:00+09:00").toInstant());
        network.plugin.runScheduled(Escalation.TASK);
        network.plugin.runScheduled(Escalation.TASK);
        assertThat(escalations()).containsExactly("/p/coordinators/questions?id=" + friday);
        assertThat(read(SECRETARIAT, friday).getBoolean("escalated")).isTrue();
        assertThat(read(SECRETARIAT, answered).getBoolean("escalated")).isFalse();

        clock.set(OffsetDateTime.parse("2026-05-07T23:00:00+09:00").toInstant());
        network.plugin.runScheduled(Escalation.TASK);
        assertThat(escalations()).as("1 May, then 7 May after Golden Week: two business days").hasSize(1);
        clock.set(OffsetDateTime.parse("2026-05-08T10:00:00+09:00").toInstant());
        network.plugin.runScheduled(Escalation.TASK);
        network.plugin.runScheduled(Escalation.TASK);
        assertThat(escalations()).containsExactly("/p/coordinators/questions?id=" + friday,
                "/p/coordinators/questions?id=" + beforeTheHolidays);
        assertThat(network.context().sentNotifications().all()).allSatisfy(n -> {
            assertThat(n.recipient()).isEqualTo(Notifications.Recipient.role("secretariat"));
            assertThat(n.message().bodyJa()).contains("3営業日");
        });
    }

    @Test
    void theWaitIsASetting() throws Exception {
        network.context().settings().put(Escalation.SETTING, "1");
        long friday = plating(TAMA_STAFF);
        clock.set(OffsetDateTime.parse("2026-04-27T10:00:00+09:00").toInstant());
        network.plugin.runScheduled(Escalation.TASK);
        assertThat(escalations()).containsExactly("/p/coordinators/questions?id=" + friday);
    }

    private List<String> escalations() {
        return network.context().sentNotifications().all().stream()
                .filter(n -> n.recipient().kind() == Notifications.Recipient.Kind.ROLE)
                .map(n -> n.message().link()).toList();
    }

    @Test
    void aGoodAnswerBecomesACaseDraftWithoutTheAskersIdentity() throws Exception {
        long asked = plating(TAMA_STAFF);
        long good = answer(HAMAMATSU_COORDINATOR, asked, "公設試の表面技術部門と共同で条件出しをした");
        long fromAgency = answer(AGENCY, asked, "補助金があります");
        assertThat(network.call(TestRequest.post("/answers/" + good + "/case-draft").as(WIDE_COORDINATOR)).status())
                .as("neither its author nor the asker").isEqualTo(403);
        assertThat(network.call(TestRequest.post("/answers/" + good + "/case-draft").as(TAMA_STAFF)).status())
                .as("the asker, but no coordinator").isEqualTo(403);
        assertThat(network.call(TestRequest.post("/answers/" + fromAgency + "/case-draft").as(AGENCY)).status())
                .isEqualTo(403);

        TestResponse drafted = network.call(TestRequest.post("/answers/" + good + "/case-draft")
                .as(HAMAMATSU_COORDINATOR));
        assertThat(drafted.status()).isEqualTo(201);
        JsonObject draft = drafted.body().asJsonObject();
        assertThat(draft.getJsonObject("status").getString("code")).isEqualTo("draft");
        assertThat(draft.getString("title")).isEqualTo("めっきの歩留まり");
        assertThat(draft.getString("challenge")).startsWith("表面処理の不良");
        assertThat(draft.getString("approach")).isEqualTo("公設試の表面技術部門と共同で条件出しをした");
        assertThat(draft.toString()).doesNotContain(TAMA_STAFF.userId()).doesNotContain("tama");
        String mine = network.call(TestRequest.get("/cases/mine").as(HAMAMATSU_COORDINATOR)).body().toString();
        assertThat(mine).contains("めっきの歩留まり").doesNotContain(TAMA_STAFF.userId());

        long byAsker = plating(WIDE_COORDINATOR);
        long help = answer(HAMAMATSU_COORDINATOR, byAsker, "試作で確認しました");
        TestResponse askerDraft = network.call(TestRequest.post("/answers/" + help + "/case-draft")
                .as(WIDE_COORDINATOR));
        assertThat(askerDraft.status()).as("the asker, a coordinator").isEqualTo(201);
        assertThat(askerDraft.body().toString()).doesNotContain(HAMAMATSU_COORDINATOR.userId() + "\"");
    }

    @Test
    void aCoordinatorsHomePanelListsOpenQuestionsMatchingTheirProfileNewestFirst() throws Exception {
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき技術の専門家", "Plating expert", "Chubu",
                List.of("メッキ"), "network", "network"));
        long byRegion = ask(TAMA_STAFF, question("中部の相談", "相談です", "\"it\"", "\"financing\"", "Chubu",
                List.of(), false));
        clock.set(FRIDAY.plusSeconds(60));
        long byTag = ask(AGENCY, question("鍍金", "相談です", "\"it\"", "\"financing\"", "Hokkaido", List.of("ﾒｯｷ"),
                false));
        clock.set(FRIDAY.plusSeconds(120));
        ask(TAMA_STAFF, question("食品", "相談です", "\"agri-food\"", "\"financing\"", "Hokkaido", List.of("食品"),
                false));
        long own = ask(HAMAMATSU_COORDINATOR, question("自分の質問", "相談です", "\"manufacturing\"", "", "Chubu",
                List.of(), false));
        long accepted = ask(TAMA_STAFF, question("解決済み", "相談です", "\"manufacturing\"", "", "Chubu",
                List.of(), false));
        long answerId = answer(WIDE_COORDINATOR, accepted, "こうします");
        network.call(TestRequest.post("/questions/" + accepted + "/accept").as(TAMA_STAFF)
                .json("{\"answerId\":" + answerId + "}"));

        List<Long> panel = network.call(TestRequest.get("/questions/matching").as(HAMAMATSU_COORDINATOR)).body()
                .asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(panel).containsExactly(byTag, byRegion).doesNotContain(own);
        assertThat(network.call(TestRequest.get("/questions/matching").as(WIDE_COORDINATOR)).body().asJsonArray())
                .as("no profile, no matches").isEmpty();
    }
}
