package jp.innovationnet.portal.plugins.coordinators;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.testkit.TestClock;
import jp.innovationnet.portal.plugin.testkit.TestPluginContext;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;
import jp.innovationnet.portal.plugins.coordinators.helprequest.Expiry;

import static jp.innovationnet.portal.plugins.coordinators.Network.AGENCY;
import static jp.innovationnet.portal.plugins.coordinators.Network.HAMAMATSU_COORDINATOR;
import static jp.innovationnet.portal.plugins.coordinators.Network.SECRETARIAT;
import static jp.innovationnet.portal.plugins.coordinators.Network.WIDE_COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Help requests and dispatch: the advice journey from posting to fulfilled, the experts notified, offers once and
 * never on one's own request, the thread among the people matched, a visit's approval and report, the expiry (once),
 * refused input with nothing saved, the figures' arithmetic and CSV, and a coordinator's home panel.
 */
class HelpRequestsTest {

    /** Friday 24 April 2026, 10:00 in Tokyo. */
    private static final Instant FRIDAY = OffsetDateTime.parse("2026-04-24T10:00:00+09:00").toInstant();
    private static final LocalDate DEADLINE = LocalDate.parse("2026-05-08");
    private static final LocalDate VISIT_FROM = LocalDate.parse("2026-05-11");
    private static final LocalDate VISIT_TO = LocalDate.parse("2026-05-12");

    private final TestClock clock = new TestClock(FRIDAY);
    private Network network;

    @BeforeEach
    void start() throws Exception {
        network = Network.start(clock);
        network.writeProfile(HAMAMATSU_COORDINATOR, Network.profile("めっき技術の専門家", "Plating expert", "Chubu",
                List.of("メッキ"), "network", "network").replace("\"visits\":false", "\"visits\":true"));
        network.writeProfile(WIDE_COORDINATOR, Network.profile("知財の橋渡し", null, "Kanto", List.of("特許"),
                "network", "network"));
    }

    @AfterEach
    void stop() throws Exception {
        network.close();
    }

    private TestResponse call(Caller who, TestRequest request) throws Exception {
        return network.call(request.as(who));
    }

    private JsonObject read(Caller who, long id) throws Exception {
        return call(who, TestRequest.get("/help-requests/" + id)).body().asJsonObject();
    }

    private static String code(JsonObject view, String key) {
        return view.getJsonObject(key).getString("code");
    }

    private TestPluginContext context() {
        return network.context();
    }

    @Test
    void anAdviceRequestGoesFromPostingThroughOffersAndItsThreadToFulfilled() throws Exception {
        Caller third = network.coordinator("u-third", Locale.ENGLISH);
        network.writeProfile(third, Network.profile("めっきと表面処理", "Plating", "Chubu", List.of("メッキ"),
                "network", "network"));
        Caller far = network.coordinator("u-far", Locale.JAPANESE);
        network.writeProfile(far, Network.profile("めっき", null, "Tohoku", List.of("メッキ"), "network", "network")
                .replace("\"prefectures\":[\"22\"]", "\"prefectures\":[\"04\"]"));
        context().sentNotifications().clear();
        context().sentMails().clear();

        long id = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "めっき不良の相談", DEADLINE,
                null));
        assertThat(context().sentNotifications().all()).as("available, in the region, never the requester")
                .extracting(n -> n.recipient().value())
                .containsExactlyInAnyOrder(HAMAMATSU_COORDINATOR.userId(), third.userId());
        assertThat(context().sentNotifications().all()).allSatisfy(n -> {
            assertThat(n.message().link()).isEqualTo("/p/coordinators/help-requests?id=" + id);
            assertThat(n.message().subjectJa()).startsWith("協力依頼");
            assertThat(n.message().subjectEn()).startsWith("Help request");
        });
        assertThat(context().sentMails().all()).as("and a mail each, in their language, with the link")
                .extracting(m -> m.to(), m -> m.subject().startsWith("Help request"),
                        m -> m.text().endsWith(TestPluginContext.PORTAL + "/p/coordinators/help-requests?id=" + id))
                .containsExactlyInAnyOrder(tuple(HAMAMATSU_COORDINATOR.email().orElseThrow(), false, true),
                        tuple(third.email().orElseThrow(), true, true));

        TestResponse own = call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/offers")
                .json("{\"message\":\"自分で\"}"));
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        context().sentNotifications().clear();
        long offer = network.offerHelp(HAMAMATSU_COORDINATOR, id);
        assertThat(context().sentNotifications().all()).singleElement()
                .satisfies(n -> assertThat(n.recipient().value()).isEqualTo(WIDE_COORDINATOR.userId()));
        TestResponse again = call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/offers")
                .json("{\"message\":\"もう一度\"}"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.fieldErrors()).containsKey("offer");
        long withdrawn = network.offerHelp(third, id);
        assertThat(call(HAMAMATSU_COORDINATOR, TestRequest.post("/offers/" + withdrawn + "/withdraw")).status())
                .as("someone else's offer").isEqualTo(403);
        assertThat(call(third, TestRequest.post("/offers/" + withdrawn + "/withdraw")).status()).isEqualTo(200);

        JsonObject forRequester = read(WIDE_COORDINATOR, id);
        assertThat(forRequester.getJsonArray("offers")).hasSize(2);
        assertThat(forRequester.getInt("offerCount")).isEqualTo(1);
        assertThat(read(AGENCY, id).getJsonArray("offers")).as("others see how many, not what").isEmpty();
        assertThat(read(HAMAMATSU_COORDINATOR, id).getJsonArray("offers")).hasSize(1);

        assertThat(call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/accept")
                .json("{\"offerId\":" + offer + "}")).status()).as("not the requester").isEqualTo(403);
        TestResponse withdrawnOffer = call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/accept")
                .json("{\"offerId\":" + withdrawn + "}"));
        assertThat(withdrawnOffer.status()).isEqualTo(422);
        assertThat(withdrawnOffer.fieldErrors()).containsKey("offerId");
        assertThat(call(third, TestRequest.get("/help-requests/" + id + "/thread")).status())
                .as("no thread before being accepted").isEqualTo(403);
        TestResponse accepted = call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/accept")
                .json("{\"offerId\":" + offer + "}"));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(code(accepted.body().asJsonObject(), "status")).isEqualTo("matched");
        assertThat(accepted.body().asJsonObject().getJsonArray("helpers").getString(0))
                .isEqualTo(HAMAMATSU_COORDINATOR.displayName());

        for (Caller member : List.of(WIDE_COORDINATOR, HAMAMATSU_COORDINATOR, SECRETARIAT)) {
            assertThat(call(member, TestRequest.post("/help-requests/" + id + "/thread")
                    .json("{\"body\":\"よろしくお願いします\"}")).status()).isEqualTo(201);
        }
        for (Caller outsider : List.of(third, AGENCY)) {
            assertThat(call(outsider, TestRequest.get("/help-requests/" + id + "/thread")).status()).isEqualTo(403);
            assertThat(call(outsider, TestRequest.post("/help-requests/" + id + "/thread")
                    .json("{\"body\":\"割り込み\"}")).status()).isEqualTo(403);
        }
        var thread = call(HAMAMATSU_COORDINATOR, TestRequest.get("/help-requests/" + id + "/thread")).body()
                .asJsonArray();
        assertThat(thread).hasSize(3);
        assertThat(thread.getJsonObject(1).getBoolean("mine")).isTrue();

        TestResponse report = call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"助言を受けた\"}"));
        assertThat(report.status()).as("advice is closed, not reported").isEqualTo(409);
        assertThat(call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/close")
                .json("{}")).status()).as("only the requester closes advice").isEqualTo(403);
        TestResponse closed = call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/close")
                .json("{\"note\":\"公設試を紹介してもらい解決\"}"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(code(closed.body().asJsonObject(), "status")).isEqualTo("fulfilled");
        assertThat(context().activities().all()).extracting(a -> a.report().kind(), a -> a.report().personId())
                .as("help given counts for the helper accepted, in the activity log")
                .containsExactly(tuple(ActivityKind.HELP_GIVEN, HAMAMATSU_COORDINATOR.userId()));
        assertThat(call(third, TestRequest.post("/help-requests/" + id + "/offers")
                .json("{\"message\":\"遅れて\"}")).status()).as("closed").isEqualTo(409);
    }

    @Test
    void aVisitNeedsTheSecretariatsApprovalAndIsReportedFromItsLastDay() throws Exception {
        long id = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("visit", "浜松での技術指導",
                DEADLINE, Network.dispatch(VISIT_FROM, VISIT_TO)));
        JsonObject posted = read(AGENCY, id);
        assertThat(posted.getJsonObject("dispatch").getString("hostName")).isEqualTo("浜松地域イノベーション推進機構");
        assertThat(posted.getJsonObject("dispatch").getString("eventPath")).isEqualTo("/p/events/events?id=12");
        long offer = network.offerHelp(HAMAMATSU_COORDINATOR, id);
        context().sentNotifications().clear();
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/accept").json("{\"offerId\":" + offer
                + "}"));
        assertThat(context().sentNotifications().all()).extracting(n -> n.recipient().value())
                .containsExactlyInAnyOrder(HAMAMATSU_COORDINATOR.userId(), "secretariat");
        assertThat(code(read(WIDE_COORDINATOR, id).getJsonObject("dispatch"), "approval")).isEqualTo("pending");

        clock.set(OffsetDateTime.parse("2026-05-12T18:00:00+09:00").toInstant());
        TestResponse unapproved = call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"訪問した\"}"));
        assertThat(unapproved.status()).isEqualTo(409);
        assertThat(unapproved.fieldErrors()).containsKey("approval");
        clock.set(FRIDAY);
        assertThat(call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/approve")).status())
                .as("the secretariat approves").isEqualTo(403);
        context().sentNotifications().clear();
        TestResponse approved = call(SECRETARIAT, TestRequest.post("/help-requests/" + id + "/approve"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(context().sentNotifications().all()).extracting(n -> n.recipient().value())
                .containsExactly(WIDE_COORDINATOR.userId(), HAMAMATSU_COORDINATOR.userId());
        assertThat(context().sentNotifications().all()).allSatisfy(n -> {
            assertThat(n.message().bodyJa()).contains("承認しました");
            assertThat(n.message().bodyEn()).contains("approved");
        });
        assertThat(call(SECRETARIAT, TestRequest.post("/help-requests/" + id + "/reject")
                .json("{\"reason\":\"予算なし\"}")).status()).as("decided already").isEqualTo(409);

        clock.set(OffsetDateTime.parse("2026-05-11T18:00:00+09:00").toInstant());
        TestResponse early = call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"訪問した\",\"outcome\":\"partnership\"}"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.fieldErrors()).containsKey("dispatch.to");
        clock.set(OffsetDateTime.parse("2026-05-12T18:00:00+09:00").toInstant());
        TestResponse wrongOutcome = call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"訪問した\",\"outcome\":\"world-peace\"}"));
        assertThat(wrongOutcome.fieldErrors()).containsKey("outcome");
        assertThat(call(AGENCY, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"訪問した\"}")).status()).isEqualTo(403);
        TestResponse reported = call(HAMAMATSU_COORDINATOR, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"2日間の技術指導で歩留まりの課題を整理\",\"outcome\":\"partnership\"}"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        JsonObject done = reported.body().asJsonObject();
        assertThat(code(done, "status")).isEqualTo("fulfilled");
        assertThat(code(done, "outcome")).isEqualTo("partnership");
        assertThat(done.getString("closingNote")).startsWith("2日間");
        assertThat(context().activities().all()).extracting(a -> a.report().kind())
                .as("a visit is help given, no talk at its event (a lecture would be)")
                .contains(ActivityKind.HELP_GIVEN).doesNotContain(ActivityKind.EVENT_SPOKE);
    }

    @Test
    void aLectureAtAnEventCountsAsATalkThereForTheHelperOnceReported() throws Exception {
        long id = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("lecture", "知財セミナーでの講演",
                DEADLINE, Network.dispatch(VISIT_FROM, VISIT_TO)));
        long offer = network.offerHelp(HAMAMATSU_COORDINATOR, id);
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/accept").json("{\"offerId\":" + offer
                + "}"));
        call(SECRETARIAT, TestRequest.post("/help-requests/" + id + "/approve"));
        clock.set(OffsetDateTime.parse("2026-05-12T18:00:00+09:00").toInstant());
        TestResponse reported = call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/report")
                .json("{\"note\":\"講演した\"}"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(context().activities().of(HAMAMATSU_COORDINATOR.userId(), Set.of(), 10))
                .extracting(a -> a.report().kind(), a -> a.report().path().orElseThrow())
                .containsExactlyInAnyOrder(tuple(ActivityKind.HELP_GIVEN, "/p/coordinators/help-requests?id=" + id),
                        tuple(ActivityKind.EVENT_SPOKE, "/p/events/events?id=12"));
    }

    @Test
    void aRejectedDispatchNamesItsReasonToTheRequesterAndTheHelper() throws Exception {
        long id = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("lecture", "講演の依頼", DEADLINE,
                Network.dispatch(VISIT_FROM, VISIT_FROM)));
        long offer = network.offerHelp(HAMAMATSU_COORDINATOR, id);
        assertThat(call(SECRETARIAT, TestRequest.post("/help-requests/" + id + "/approve")).status())
                .as("nothing to approve before an offer is accepted").isEqualTo(409);
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/accept").json("{\"offerId\":" + offer
                + "}"));
        TestResponse noReason = call(SECRETARIAT, TestRequest.post("/help-requests/" + id + "/reject").json("{}"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldErrors()).containsKey("reason");
        context().sentNotifications().clear();
        TestResponse rejected = call(SECRETARIAT, TestRequest.post("/help-requests/" + id + "/reject")
                .json("{\"reason\":\"同じ週に別の派遣があります\"}"));
        assertThat(code(rejected.body().asJsonObject().getJsonObject("dispatch"), "approval")).isEqualTo("rejected");
        assertThat(context().sentNotifications().all()).hasSize(2)
                .allSatisfy(n -> assertThat(n.message().bodyJa()).contains("同じ週に別の派遣があります"));
        assertThat(call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + id + "/cancel")).status())
                .isEqualTo(200);
        assertThat(code(read(SECRETARIAT, id), "status")).isEqualTo("cancelled");
    }

    @Test
    void anOpenRequestExpiresAfterItsDeadlineOnceAndAMatchedOneNever() throws Exception {
        long open = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "締切の近い相談",
                LocalDate.parse("2026-04-24"), null));
        long matched = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "決まった相談",
                LocalDate.parse("2026-04-24"), null));
        long offer = network.offerHelp(HAMAMATSU_COORDINATOR, matched);
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + matched + "/accept")
                .json("{\"offerId\":" + offer + "}"));
        network.plugin.runScheduled(Expiry.TASK);
        assertThat(code(read(SECRETARIAT, open), "status")).as("the deadline day itself counts").isEqualTo("open");

        clock.set(OffsetDateTime.parse("2026-04-25T00:00:00+09:00").toInstant());
        context().sentNotifications().clear();
        network.plugin.runScheduled(Expiry.TASK);
        network.plugin.runScheduled(Expiry.TASK);
        assertThat(code(read(SECRETARIAT, open), "status")).isEqualTo("expired");
        assertThat(code(read(SECRETARIAT, matched), "status")).isEqualTo("matched");
        assertThat(context().sentNotifications().all()).singleElement().satisfies(n -> {
            assertThat(n.recipient().value()).isEqualTo(WIDE_COORDINATOR.userId());
            assertThat(n.message().subjectEn()).startsWith("Help request expired");
        });
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        context().sentNotifications().clear();
        String advice = Network.helpRequest("advice", "相談", DEADLINE, null);
        String visit = Network.helpRequest("visit", "訪問", DEADLINE, Network.dispatch(VISIT_FROM, VISIT_TO));
        assertRefused(advice.replace("2026-05-08", "2026-04-23"), "deadline");
        assertRefused(advice.replace("2026-05-08", "08/05/2026"), "deadline");
        assertRefused(visit.replace("\"to\":\"2026-05-12\"", "\"to\":\"next week\""), "dispatch.to");
        assertRefused(advice.replace("\"Chubu\"", "\"Atlantis\""), "region");
        assertRefused(advice.replace("[\"22\"]", "[\"13\"]"), "prefectures[0]");
        assertRefused(advice.replace("\"advice\"", "\"party\""), "kind");
        assertRefused(advice.replace("助言を求めます", "<script>alert(1)</script>"), "body");
        assertRefused(advice.replace("\"dispatch\":null", "\"dispatch\":" + Network.dispatch(VISIT_FROM, VISIT_TO)),
                "dispatch");
        assertRefused(advice.replace("[\"メッキ\"]", "[\"メッキ\",\"ﾒｯｷ\"]"), "tags[1]");
        assertRefused(visit.replace("\"dispatch\":{", "\"dispatch\":null,\"x\":{"), "dispatch");
        assertRefused(visit.replace("\"hamamatsu\"", "\"nowhere\""), "dispatch.hostOrganization");
        assertRefused(visit.replace("/p/events/events?id=12", "https://evil.example/"), "dispatch.eventPath");
        assertRefused(visit.replace("\"to\":\"2026-05-12\"", "\"to\":\"2026-05-10\""), "dispatch.to");
        assertRefused(visit.replace("\"from\":\"2026-05-11\"", "\"from\":\"2026-04-01\""), "dispatch.from");
        assertThat(call(SECRETARIAT, TestRequest.get("/help-requests")).body().asJsonObject().getInt("total"))
                .isZero();
        assertThat(context().sentNotifications().all()).isEmpty();
        TestResponse filter = call(SECRETARIAT, TestRequest.get("/help-requests").query("status", "done"));
        assertThat(filter.fieldErrors()).containsKey("status");
    }

    private void assertRefused(String body, String field) throws Exception {
        TestResponse refused = call(WIDE_COORDINATOR, TestRequest.post("/help-requests").json(body));
        assertThat(refused.status()).as(body).isEqualTo(422);
        assertThat(refused.fieldErrors()).as(body).containsKey(field);
    }

    @Test
    void requestsAreFoundByKanaAndFiltersAndACoordinatorsPanelListsTheOpenOnesMatchingThem() throws Exception {
        long advice = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "めっき不良の相談",
                DEADLINE, null));
        long visit = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("visit", "訪問指導", DEADLINE,
                Network.dispatch(VISIT_FROM, VISIT_TO)));
        long own = network.postHelpRequest(HAMAMATSU_COORDINATOR, Network.helpRequest("advice", "自分の相談",
                DEADLINE, null));
        assertThat(ids(TestRequest.get("/help-requests").query("q", "ひょうめんしょり"))).contains(advice, visit);
        assertThat(ids(TestRequest.get("/help-requests").query("kind", "visit"))).containsExactly(visit);
        assertThat(ids(TestRequest.get("/help-requests").query("region", "Kanto"))).isEmpty();
        var panel = call(HAMAMATSU_COORDINATOR, TestRequest.get("/help-requests/matching")).body().asJsonArray();
        assertThat(panel.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                .containsExactly(advice, visit).doesNotContain(own);
        network.offerHelp(HAMAMATSU_COORDINATOR, advice);
        assertThat(call(HAMAMATSU_COORDINATOR, TestRequest.get("/help-requests/matching")).body().asJsonArray())
                .as("offered on already").hasSize(1);
        assertThat(call(HAMAMATSU_COORDINATOR, TestRequest.get("/help-requests").query("mine", "true")).body()
                .asJsonObject().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id")
                        .longValue())).as("their own and the one offered on").containsExactly(own, advice);
    }

    private List<Long> ids(TestRequest search) throws Exception {
        return call(AGENCY, search).body().asJsonObject().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void theFiguresCountRequestsByRegionAndFieldTheMedianTimeToAFirstOfferAndHowThingsEnded() throws Exception {
        long first = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "一件目", DEADLINE,
                null));
        clock.set(FRIDAY.plusSeconds(2 * 3600));
        network.offerHelp(HAMAMATSU_COORDINATOR, first);
        long second = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("advice", "二件目", DEADLINE,
                null).replace("[\"manufacturing\"]", "[\"manufacturing\",\"it\"]"));
        // Friday noon to Monday 4 p.m.: 76 hours, one business day
        clock.set(OffsetDateTime.parse("2026-04-27T16:00:00+09:00").toInstant());
        long offer = network.offerHelp(HAMAMATSU_COORDINATOR, second);
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + second + "/accept")
                .json("{\"offerId\":" + offer + "}"));
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + second + "/close").json("{}"));
        network.postHelpRequest(HAMAMATSU_COORDINATOR, Network.helpRequest("advice", "三件目", DEADLINE, null)
                .replace("\"Chubu\"", "\"Kanto\"").replace("[\"22\"]", "[\"13\"]"));
        long approved = network.postHelpRequest(WIDE_COORDINATOR, Network.helpRequest("visit", "派遣",
                DEADLINE, Network.dispatch(VISIT_FROM, VISIT_TO)));
        long helper = network.offerHelp(HAMAMATSU_COORDINATOR, approved);
        call(WIDE_COORDINATOR, TestRequest.post("/help-requests/" + approved + "/accept")
                .json("{\"offerId\":" + helper + "}"));
        call(SECRETARIAT, TestRequest.post("/help-requests/" + approved + "/approve"));
        network.publishedCase(HAMAMATSU_COORDINATOR, WIDE_COORDINATOR, Network.supportCase("歩留まり改善", "ja",
                "network", null));
        long question = call(WIDE_COORDINATOR, TestRequest.post("/questions").json(QuestionsTest.question("質問",
                "本文", "", "", null, List.of(), false))).body().asJsonObject().getJsonNumber("id").longValue();
        long answer = call(HAMAMATSU_COORDINATOR, TestRequest.post("/questions/" + question + "/answers")
                .json("{\"body\":\"回答\"}")).body().asJsonObject().getJsonArray("answers").getJsonObject(0)
                .getJsonNumber("id").longValue();
        call(WIDE_COORDINATOR, TestRequest.post("/questions/" + question + "/accept")
                .json("{\"answerId\":" + answer + "}"));

        JsonObject figures = call(AGENCY, TestRequest.get("/figures").query("from", "2026-04-01")
                .query("to", "2026-04-30")).body().asJsonObject();
        assertThat(figures.getInt("requestsPosted")).isEqualTo(4);
        assertThat(figures.getJsonArray("byRegion").toString()).contains("\"code\":\"Chubu\"", "\"count\":3",
                "\"code\":\"Kanto\"", "\"count\":1");
        assertThat(figures.getJsonArray("byField").toString()).contains("\"count\":4", "\"code\":\"it\"");
        assertThat(figures.getInt("withOffer")).isEqualTo(3);
        // offers after 2 h, 76 h and 0 h (the visit's, posted and offered at the same time): median 2 h, 0 days
        assertThat(figures.getJsonNumber("medianHoursToFirstOffer").doubleValue()).isEqualTo(2.0);
        assertThat(figures.getJsonNumber("medianBusinessDaysToFirstOffer").doubleValue()).isEqualTo(0.0);
        assertThat(figures.getInt("fulfilled")).isEqualTo(1);
        assertThat(figures.getInt("open")).isEqualTo(3);
        assertThat(figures.getInt("expired")).isZero();
        assertThat(figures.getInt("dispatchesApproved")).isEqualTo(1);
        assertThat(figures.getInt("casesPublished")).isEqualTo(1);
        assertThat(figures.getInt("answersAccepted")).isEqualTo(1);
        assertThat(call(AGENCY, TestRequest.get("/figures").query("from", "2026-05-01").query("to", "2026-05-31"))
                .body().asJsonObject().getInt("requestsPosted")).isZero();
        assertThat(call(AGENCY, TestRequest.get("/figures").query("from", "2026-05-01").query("to", "2026-04-01"))
                .fieldErrors()).containsKey("to");

        Caller english = TestRequest.caller("u-jst-en", "jst", Locale.ENGLISH, "steering-agency");
        TestResponse csv = call(english, TestRequest.get("/figures.csv").query("from", "2026-04-01")
                .query("to", "2026-04-30"));
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.content().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(text).contains("Figure,Item,Value", "Help requests posted,,4", "Help requests by region,Chubu,3",
                "Dispatches approved,,1", "\"Time to the first offer (median, hours)\",,2.0");
        String japanese = new String(call(SECRETARIAT, TestRequest.get("/figures.csv").query("from", "2026-04-01")
                .query("to", "2026-04-30")).content().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(japanese).contains("指標,内訳,値", "協力依頼の件数,,4");
    }
}
