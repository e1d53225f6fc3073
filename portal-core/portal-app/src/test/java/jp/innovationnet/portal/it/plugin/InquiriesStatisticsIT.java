package jp.innovationnet.portal.it.plugin;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.Registry;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.Tokens;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.asked;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.errors;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.plugin.PluginApiIT.assertProblem;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's statistics and FAQ drafts in a real Liberty with Keycloak: only the secretariat and the steering agency
 * read the statistics (others 403, visitors 401); three inquiries asked today move today's figures by exactly what
 * they are (topics, regions, receivers, replies, resolutions, targets), the CSV opens as a table with a BOM in the
 * reader's language; bad periods are 422 naming the field; the secretariat drafts an anonymised FAQ entry from an
 * answered inquiry (409 from an open one) and saves it with its source.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesStatisticsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<DemoUser> READERS = EnumSet.of(DemoUser.SECRETARIAT, DemoUser.STEERING_AGENCY);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void install() {
        InquiriesFixture.install();
    }

    @Test
    void onlyTheSecretariatAndSteeringAgenciesReadTheStatistics() {
        for (DemoUser user : DemoUser.values()) {
            for (String path : List.of("/statistics", "/statistics.csv")) {
                HttpResponse<String> response = as(user).get(API + path);
                if (READERS.contains(user)) {
                    assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
                } else {
                    assertProblem(response, 403);
                }
            }
        }
        assertProblem(PortalClient.anonymous().get(API + "/statistics"), 401);
        assertProblem(PortalClient.anonymous().get(API + "/statistics.csv"), 401);
        JsonObject lastYear = ok(as(DemoUser.STEERING_AGENCY).get(API + "/statistics"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertThat(lastYear.getString("to")).isEqualTo(today.toString());
        assertThat(lastYear.getString("from")).isEqualTo(today.minusMonths(12).plusDays(1).toString());
        assertThat(lastYear.getJsonArray("byMonth")).hasSize(13);
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        assertThat(errors(secretariat.get(API + "/statistics?from=2026-02-30")).keySet()).containsExactly("from");
        assertThat(errors(secretariat.get(API + "/statistics.csv?to=tomorrow")).keySet()).containsExactly("to");
        assertThat(errors(secretariat.get(API + "/statistics?from=2026-04-01&to=2026-03-31")).keySet())
                .containsExactly("to");
        assertThat(errors(secretariat.get(API + "/statistics?from=2020-01-01&to=2025-01-02")).keySet())
                .containsExactly("to");
        assertThat(secretariat.get(API + "/statistics?from=2020-01-01&to=2025-01-01").statusCode()).isEqualTo(200);
    }

    @Test
    void todaysInquiriesMoveTodaysFiguresAndTheCsvSaysTheSame() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String period = API + "/statistics?from=" + today + "&to=" + today;
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonObject before = ok(secretariat.get(period));

        PortalClient asker = as(DemoUser.OTHER_MEMBER_STAFF);
        String replied = asked(asker, inquiry("統計A " + RUN, "技術相談です")).getString("reference");
        String closed = asked(asker, inquiry("統計B " + RUN, "助成金の相談です").add("topic", "rd-funding")
                .add("region", "Tohoku")).getString("reference");
        asked(asker, inquiry("統計C " + RUN, "まだ回答のない相談です"));
        route(replied, "jst");
        route(closed, "tama");
        ok(as(DemoUser.STEERING_AGENCY).postJson(API + "/inquiries/" + replied + "/referrals/jst/accept", ""));
        ok(as(DemoUser.STEERING_AGENCY).postJson(API + "/inquiries/" + replied + "/messages",
                "{\"kind\":\"reply\",\"text\":\"A-STEP をご覧ください。\"}"));
        ok(secretariat.postJson(API + "/inquiries/" + closed + "/close", ""));

        JsonObject after = ok(secretariat.get(period));
        assertThat(after.getInt("total") - before.getInt("total")).isEqualTo(3);
        assertThat(delta(before, after, "byTopic")).containsEntry("technology", 2).containsEntry("rd-funding", 1);
        assertThat(delta(before, after, "byRegion")).containsEntry("Kanto", 2).containsEntry("Tohoku", 1);
        assertThat(delta(before, after, "byReceiver")).containsEntry("jst", 1).containsEntry("tama", 1);
        assertThat(delta(before, after, "byMonth")).containsExactly(Map.entry(today.substring(0, 7), 3));
        JsonObject firstResponse = after.getJsonObject("firstResponse");
        JsonObject resolution = after.getJsonObject("resolution");
        assertThat(firstResponse.getInt("count") - before.getJsonObject("firstResponse").getInt("count")).isEqualTo(1);
        assertThat(resolution.getInt("count") - before.getJsonObject("resolution").getInt("count")).isEqualTo(2);
        // answered today, well before the targets' close of business on the 2nd and 10th business day
        assertThat(firstResponse.getInt("met") - before.getJsonObject("firstResponse").getInt("met")).isEqualTo(1);
        assertThat(resolution.getInt("met") - before.getJsonObject("resolution").getInt("met")).isEqualTo(2);
        assertThat(firstResponse.getInt("pending") - before.getJsonObject("firstResponse").getInt("pending"))
                .isEqualTo(2);
        assertThat(firstResponse.getJsonNumber("medianBusinessDays").intValue()).isZero();
        assertThat(firstResponse.getJsonNumber("medianHours").doubleValue()).isBetween(0.0, 24.0);
        assertThat(firstResponse.getJsonNumber("p90Hours").doubleValue())
                .isGreaterThanOrEqualTo(firstResponse.getJsonNumber("medianHours").doubleValue());
        assertThat(firstResponse.getJsonNumber("metPercent").doubleValue()).isBetween(0.0, 100.0);
        assertThat(after.getJsonArray("byTopic").getJsonObject(0).getString("label")).isNotBlank();

        for (String language : List.of("ja", "en")) {
            List<CSVRecord> csv = csv(DemoUser.STEERING_AGENCY, period.replace("/statistics?", "/statistics.csv?"),
                    language);
            assertThat(csv.getFirst().values()).containsExactlyElementsOf(language.equals("ja")
                    ? List.of("区分コード", "区分", "キー", "項目", "値")
                    : List.of("dimension", "dimension label", "key", "label", "value"));
            Map<String, String> values = csv.stream().skip(1).collect(Collectors.toMap(r -> r.get(0) + "/" + r.get(2),
                    r -> r.get(4)));
            assertThat(values).containsEntry("period/total", String.valueOf(after.getInt("total")))
                    .containsEntry("receiver/jst", String.valueOf(count(after, "byReceiver", "jst")))
                    .containsEntry("first-response/met", String.valueOf(firstResponse.getInt("met")))
                    .containsEntry("resolution/count", String.valueOf(resolution.getInt("count")));
            String topicLabel = csv.stream().filter(r -> r.get(0).equals("topic") && r.get(2).equals("technology"))
                    .findFirst().orElseThrow().get(3);
            assertThat(topicLabel).isEqualTo(language.equals("ja") ? "技術相談" : "Technology consultation");
        }
    }

    @Test
    void theSecretariatDraftsAnAnonymisedFaqEntryFromAnAnsweredInquiryOnly() {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        PortalClient asker = as(DemoUser.OTHER_MEMBER_STAFF);
        String answered = asked(asker, inquiry("共同研究の助成について " + RUN,
                "担当の連絡先は foo@example.jp, 053-123-4567 です。助成制度を教えてください。")
                .add("topic", "rd-funding")).getString("reference");
        String open = asked(asker, inquiry("未回答 " + RUN, "まだです")).getString("reference");
        route(answered, "jst");
        PortalClient jst = as(DemoUser.STEERING_AGENCY);
        ok(jst.postJson(API + "/inquiries/" + answered + "/referrals/jst/accept", ""));
        ok(jst.postJson(API + "/inquiries/" + answered + "/messages",
                "{\"kind\":\"note\",\"text\":\"INTERNAL-NOTE\"}"));
        ok(jst.postJson(API + "/inquiries/" + answered + "/messages",
                "{\"kind\":\"reply\",\"text\":\"A-STEP があります。https://www.jst.go.jp/a-step/ 詳細は desk@jst.example.jp へ。\"}"));

        for (DemoUser user : EnumSet.complementOf(EnumSet.of(DemoUser.SECRETARIAT))) {
            assertProblem(as(user).get(API + "/inquiries/" + answered + "/faq-draft"), 403);
        }
        assertProblem(PortalClient.anonymous().get(API + "/inquiries/" + answered + "/faq-draft"), 401);
        HttpResponse<String> conflict = secretariat.get(API + "/inquiries/" + open + "/faq-draft");
        assertProblem(conflict, 409);
        assertThat(((JsonObject) PortalClient.json(conflict)).getString("detail")).isNotBlank();
        assertProblem(secretariat.get(API + "/inquiries/Q26-0000-0000/faq-draft"), 404);

        JsonObject draft = ok(secretariat.get(API + "/inquiries/" + answered + "/faq-draft"));
        assertThat(draft.getString("topic")).isEqualTo("rd-funding");
        assertThat(draft.getString("sourceReference")).isEqualTo(answered);
        String question = draft.getJsonObject("question").getString("ja");
        String answer = draft.getJsonObject("answer").getString("ja");
        assertThat(draft.getJsonObject("question").get("en")).isIn(null, JsonValue.NULL);
        assertThat(question).startsWith("共同研究の助成について " + RUN).contains("［メールアドレス］", "［電話番号］")
                .doesNotContain("foo@example.jp", "053-123-4567");
        assertThat(answer).contains("A-STEP があります。", "［URL］", "［メールアドレス］")
                .doesNotContain("INTERNAL-NOTE", "jst.go.jp", "desk@jst.example.jp");

        HttpResponse<String> created = secretariat.postJson(API + "/faq", draft.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject entry = (JsonObject) PortalClient.json(created);
        assertThat(entry.getString("sourceReference")).isEqualTo(answered);
        assertThat(entry.getJsonObject("question").getString("ja")).isEqualTo(question);
    }

    @Test
    void aCoordinatorWhoAnsweredAnInquiryStartsASupportCaseFromItsAnonymisedDraft() {
        Registry.ensurePublishedImported();
        PortalClient coordinator = as(DemoUser.COORDINATOR);
        String answered = asked(as(DemoUser.MEMBER_STAFF), inquiry("特許の実施許諾 " + RUN,
                "担当の連絡先は foo@example.jp です。大学の特許を使いたい。").add("topic", "ip-licensing")
                .add("region", "Chubu")).getString("reference");
        String open = asked(as(DemoUser.MEMBER_STAFF), inquiry("未回答の相談 " + RUN, "まだです")).getString("reference");
        route(answered, "hamamatsu-technopolis");
        route(open, "hamamatsu-technopolis");
        ok(coordinator.postJson(API + "/inquiries/" + answered + "/referrals/hamamatsu-technopolis/accept", ""));
        ok(coordinator.postJson(API + "/inquiries/" + answered + "/messages",
                "{\"kind\":\"reply\",\"text\":\"静岡大学の TLO を紹介します。tlo@example.ac.jp へ。\"}"));

        String draftOf = API + "/inquiries/" + answered + "/support-case-draft";
        for (DemoUser user : EnumSet.of(DemoUser.SECRETARIAT, DemoUser.MEMBER_STAFF, DemoUser.MEMBER_ADMIN,
                DemoUser.OTHER_MEMBER_STAFF, DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            assertProblem(as(user).get(draftOf), 403);
        }
        assertProblem(PortalClient.anonymous().get(draftOf), 401);
        assertProblem(coordinator.get(API + "/inquiries/" + open + "/support-case-draft"), 409);
        assertProblem(coordinator.get(API + "/inquiries/Q26-0000-0000/support-case-draft"), 404);

        JsonObject draft = ok(coordinator.get(draftOf));
        assertThat(draft.getString("language")).isEqualTo("ja");
        assertThat(draft.getString("title")).isEqualTo("特許の実施許諾 " + RUN);
        assertThat(draft.getString("challenge")).contains("大学の特許を使いたい", "［メールアドレス］")
                .doesNotContain("foo@example.jp");
        assertThat(draft.getString("approach")).contains("静岡大学の TLO を紹介します").doesNotContain("tlo@example");
        assertThat(draft.getString("region")).isEqualTo("Chubu");
        assertThat(draft.getJsonArray("services").getString(0)).isEqualTo("ip-licensing");
        assertThat(draft.toString()).doesNotContain(DemoUser.MEMBER_STAFF.username());
    }

    private static void route(String reference, String organization) {
        ok(as(DemoUser.SECRETARIAT).postJson(API + "/inquiries/" + reference + "/referrals",
                "{\"organizations\":[\"" + organization + "\"]}"));
    }

    /** @return how each key's count grew from one answer to the other, for the keys that grew */
    private static Map<String, Integer> delta(JsonObject before, JsonObject after, String dimension) {
        return after.getJsonArray(dimension).stream().map(JsonValue::asJsonObject)
                .filter(line -> line.getInt("count") != count(before, dimension, line.getString("key")))
                .collect(Collectors.toMap(line -> line.getString("key"),
                        line -> line.getInt("count") - count(before, dimension, line.getString("key"))));
    }

    private static int count(JsonObject statistics, String dimension, String key) {
        return statistics.getJsonArray(dimension).stream().map(JsonValue::asJsonObject)
                .filter(line -> line.getString("key").equals(key)).mapToInt(line -> line.getInt("count"))
                .findFirst().orElse(0);
    }

    /** @return the CSV's records, after checking its type and byte order mark */
    private static List<CSVRecord> csv(DemoUser user, String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(PortalClient.anonymous().base().resolve(path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", language)
                .header("Authorization", Tokens.bearer(user)).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
