package jp.innovationnet.portal.it.plugin;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.Tokens;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;

import static jp.innovationnet.portal.it.plugin.EventsFixture.BASE;
import static jp.innovationnet.portal.it.plugin.EventsFixture.event;
import static jp.innovationnet.portal.it.plugin.EventsFixture.idOf;
import static jp.innovationnet.portal.it.plugin.PluginApiIT.assertProblem;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events plugin's registration desk in the running portal: organisers' questions and the answers (bad answers
 * named in a 422, nothing saved; ids kept through edits), approval of registrations into a full event, the public
 * form of a public event (form token, honeypot, private token), check-in at the door, the attendee CSV, and who
 * may use each organisers' route.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class EventsDeskIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PUBLIC_BASE = "/api/plugins/events";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installEvents() {
        EventsFixture.install();
    }

    @Test
    void answersAreCheckedAgainstTheQuestionsWhichKeepTheirIdsThroughEdits() throws IOException {
        PortalClient organiser = as(DemoUser.MEMBER_ADMIN);
        JsonObject created = EventsFixture.published(organiser, event("質問付きセミナー", "all-members", 10)
                .add("questions", questions()));
        long id = idOf(created);
        JsonArray asked = ((JsonObject) PortalClient.json(organiser.get(BASE + "/" + id))).getJsonArray("questions");
        assertThat(asked.getValuesAs(JsonObject.class)).extracting(q -> q.getString("id"))
                .containsExactly("q1", "q2", "q3");
        assertThat(asked.getJsonObject(0).getJsonArray("options")).hasSize(3);
        String mine = BASE + "/" + id + "/registration";

        PortalClient staff = as(DemoUser.MEMBER_STAFF);
        assertField(staff.postJson(mine, answers(Map.of("q1", "0", "q2", "yes", "q9", "?"))), "answers.q9");
        assertField(staff.postJson(mine, answers(Map.of("q2", "yes"))), "answers.q1");
        assertField(staff.postJson(mine, ""), "answers.q1");
        HttpResponse<String> several = staff.postJson(mine, answers(Map.of("q1", "3", "q2", "perhaps")));
        assertField(several, "answers.q1");
        assertField(several, "answers.q2");
        assertThat(EventsFixture.registrations(organiser, id)).as("nothing saved").isEmpty();

        JsonObject registered = ok(staff.postJson(mine, answers(Map.of("q1", "1", "q2", "YES", "q3", " 研究室見学 "))));
        assertThat(registered.getString("status")).isEqualTo("confirmed");
        assertThat(registered.getJsonObject("answers")).containsEntry("q1", Json.createValue("1"))
                .containsEntry("q2", Json.createValue("yes")).containsEntry("q3", Json.createValue("研究室見学"));
        assertThat(registered.getString("checkInCode")).matches("[A-Za-z0-9_-]{43}");

        long version = created.getJsonObject("detail").getJsonNumber("version").longValue();
        JsonObject textNow = event("質問付きセミナー（改）", "all-members", 10).add("version", version)
                .add("questions", Json.createArrayBuilder()
                        .add(question("q1", "昼食", "Lunch", "text", true))
                        .add(question("q2", "懇親会", "Party", "yes-no", true))).build();
        HttpResponse<String> refused = organiser.putBytes(BASE + "/" + id, "application/json",
                textNow.toString().getBytes(StandardCharsets.UTF_8));
        assertField(refused, "questions[0].type");
        JsonObject unchanged = (JsonObject) PortalClient.json(organiser.get(BASE + "/" + id));
        assertThat(unchanged.getJsonObject("title").getString("ja")).isEqualTo("質問付きセミナー");
        assertThat(unchanged.getJsonArray("questions")).hasSize(3);

        JsonObject edit = event("質問付きセミナー（改）", "all-members", 10).add("version", version)
                .add("questions", Json.createArrayBuilder()
                        .add(question("q2", "懇親会に参加しますか", "Will you join the party?", "yes-no", true))
                        .add(choice("q1").add("options", options("弁当", "Bento", "不要", "None", "菜食", "Vegetarian",
                                "軽食", "Snack")))
                        .add(question(null, "駐車場", "Parking", "yes-no", false))).build();
        JsonObject edited = ok(organiser.putBytes(BASE + "/" + id, "application/json",
                edit.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(edited.getJsonArray("questions").getValuesAs(JsonObject.class)).extracting(q -> q.getString("id"))
                .as("q3 removed, its id never reused").containsExactly("q2", "q1", "q4");

        List<CSVRecord> rows = csv(DemoUser.MEMBER_ADMIN, id, "en");
        assertThat(rows.get(0).toList()).endsWith("Will you join the party?", "Lunch", "Parking")
                .doesNotContain("Comment");
        assertThat(rows.get(1).toList()).endsWith("Yes", "None", "");
    }

    @Test
    void approvedRegistrationsTakeSeatsThenWaitingPlacesAndOnlyPendingOnesAreDecided() {
        PortalClient organiser = as(DemoUser.SECRETARIAT);
        long id = idOf(EventsFixture.published(organiser, event("承認制の少人数研修", "all-members", 1)
                .add("approvalRequired", true)));
        String mine = BASE + "/" + id + "/registration";
        JsonObject first = ok(as(DemoUser.MEMBER_STAFF).postJson(mine, ""));
        JsonObject second = ok(as(DemoUser.OTHER_MEMBER_STAFF).postJson(mine, ""));
        JsonObject third = ok(as(DemoUser.COORDINATOR).postJson(mine, ""));
        assertThat(List.of(first, second, third)).extracting(r -> r.getString("status")).containsOnly("pending");
        JsonObject event = (JsonObject) PortalClient.json(organiser.get(BASE + "/" + id));
        assertThat(event.getBoolean("approvalRequired")).isTrue();
        assertThat(event.getInt("confirmed")).as("pending registrations hold no seat").isZero();

        String registrations = BASE + "/" + id + "/registrations/";
        assertProblem(as(DemoUser.MEMBER_ADMIN).postJson(registrations + regId(first) + "/approve", ""), 403);
        assertProblem(as(DemoUser.OVERSEAS_PARTNER).postJson(registrations + regId(first) + "/approve", ""), 403);
        assertProblem(PortalClient.anonymous().postJson(registrations + regId(first) + "/approve", ""), 401);
        assertThat(ok(organiser.postJson(registrations + regId(first) + "/approve", "")).getString("status"))
                .isEqualTo("confirmed");
        JsonObject waiting = ok(organiser.postJson(registrations + regId(second) + "/approve", ""));
        assertThat(waiting.getString("status")).as("the event is full").isEqualTo("waiting");
        assertThat(waiting.getInt("waitingPosition")).isEqualTo(1);
        assertProblem(organiser.postJson(registrations + regId(second) + "/approve", ""), 409);
        assertProblem(organiser.postJson(registrations + regId(first) + "/decline", ""), 409);
        assertProblem(as(DemoUser.MEMBER_ADMIN).postJson(registrations + regId(third) + "/decline", ""), 403);
        assertProblem(PortalClient.anonymous().postJson(registrations + regId(third) + "/decline", ""), 401);
        assertThat(ok(organiser.postJson(registrations + regId(third) + "/decline", "")).getString("status"))
                .isEqualTo("declined");
        assertProblem(organiser.postJson(registrations + "999999/approve", ""), 404);
        event = (JsonObject) PortalClient.json(organiser.get(BASE + "/" + id));
        assertThat(event.getInt("confirmed")).isEqualTo(1);
        assertThat(event.getInt("waiting")).isEqualTo(1);

        ok(as(DemoUser.MEMBER_STAFF).delete(mine));
        assertThat(ok(as(DemoUser.OTHER_MEMBER_STAFF).get(mine)).getString("status")).isEqualTo("confirmed");
        assertThat(ok(as(DemoUser.COORDINATOR).get(mine)).getString("status")).isEqualTo("declined");
    }

    @Test
    void thePublicFormOfAPublicEventAndTheRegistrantsPrivateToken() throws Exception {
        long id = idOf(EventsFixture.published(as(DemoUser.SECRETARIAT), event("一般公開フォーラム", "public", 1)
                .add("questions", Json.createArrayBuilder().add(question(null, "来場手段", "Coming by car", "yes-no",
                        true)))));
        String form = BASE + "/" + id + "/registration-form";
        String submit = BASE + "/" + id + "/public-registrations";

        JsonObject empty = ok(anonymous("GET", form, null));
        assertThat(empty.getJsonArray("questions").getJsonObject(0).getString("id")).isEqualTo("q1");
        String tooFresh = person(empty.getString("formToken"), "早 太郎", "fast@example.jp", "", "yes");
        HttpResponse<String> fresh = anonymous("POST", submit, tooFresh);
        assertProblem(fresh, 400);
        assertThat(((JsonObject) PortalClient.json(fresh)).getJsonObject("errors").keySet()).contains("formToken");

        String honeypot = person(freshToken(form), "蜜 太郎", "bot@example.jp", "https://spam.example", "yes");
        assertProblem(anonymous("POST", submit, honeypot), 400);
        assertField(anonymous("POST", submit, person(freshToken(form), "悪 太郎", "not-an-address", "", "maybe")),
                "email");
        assertField(anonymous("POST", submit, person(freshToken(form), "悪 太郎", "bad@example.jp", "", "maybe")),
                "answers.q1");
        assertThat(EventsFixture.registrations(as(DemoUser.SECRETARIAT), id)).as("nothing saved").isEmpty();

        HttpResponse<String> created = anonymous("POST", submit,
                person(freshToken(form), "山田 花子", "Hanako@example.jp", "", "yes"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject hanako = (JsonObject) PortalClient.json(created);
        assertThat(hanako.getString("status")).isEqualTo("confirmed");
        String token = hanako.getString("privateToken");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        HttpResponse<String> twice = anonymous("POST", submit,
                person(freshToken(form), "山田 花子", "hanako@EXAMPLE.jp", "", "no"));
        assertProblem(twice, 409);
        assertThat(((JsonObject) PortalClient.json(twice)).getJsonObject("errors").keySet()).contains("email");
        String taroToken = ((JsonObject) PortalClient.json(anonymous("POST", submit,
                person(freshToken(form), "鈴木 太郎", "taro@example.jp", "", "no")))).getString("privateToken");

        JsonObject own = ok(anonymous("GET", PUBLIC_BASE + "/registrations/" + token, null));
        assertThat(own.getJsonObject("registration").getString("organization")).isEqualTo("浜松ものづくり研究会");
        assertThat(own.getJsonObject("event").getJsonObject("title").getString("ja")).isEqualTo("一般公開フォーラム");
        HttpResponse<byte[]> qr = bytes(null, PUBLIC_BASE + "/registrations/" + token + "/qr.png", "ja");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(qr.body()).startsWith(0x89, 'P', 'N', 'G');

        assertProblem(anonymous("GET", PUBLIC_BASE + "/registrations/AAAAAAAAAAAAAAAAAAAAAA", null), 404);
        assertProblem(anonymous("GET", PUBLIC_BASE + "/registrations/" + token.substring(1) + "x", null), 404);
        assertProblem(anonymous("DELETE", PUBLIC_BASE + "/registrations/not-a-token", null), 404);

        JsonObject cancelled = ok(anonymous("DELETE", PUBLIC_BASE + "/registrations/" + token, null));
        assertThat(cancelled.getJsonObject("registration").getString("status")).isEqualTo("cancelled");
        assertThat(ok(anonymous("GET", PUBLIC_BASE + "/registrations/" + taroToken, null))
                .getJsonObject("registration").getString("status")).as("promoted").isEqualTo("confirmed");

        long members = idOf(EventsFixture.published(as(DemoUser.SECRETARIAT), event("会員限定", "all-members", 10)));
        assertProblem(anonymous("GET", BASE + "/" + members + "/registration-form", null), 404);
        assertProblem(anonymous("POST", BASE + "/" + members + "/public-registrations",
                person("x", "会員外", "outsider@example.jp", "", "yes")), 404);
    }

    @Test
    void checkInByCodeOnceByIdOnlyWhenConfirmedAndSearchByName() throws IOException {
        PortalClient organiser = as(DemoUser.MEMBER_ADMIN);
        long id = idOf(EventsFixture.published(organiser, event("受付テスト", "all-members", 1)));
        long other = idOf(EventsFixture.published(organiser, event("別のイベント", "all-members", 10)));
        String checkIns = BASE + "/" + id + "/check-ins";
        JsonObject confirmed = ok(as(DemoUser.MEMBER_STAFF).postJson(BASE + "/" + id + "/registration", ""));
        JsonObject waiting = ok(as(DemoUser.OTHER_MEMBER_STAFF).postJson(BASE + "/" + id + "/registration", ""));
        JsonObject elsewhere = ok(as(DemoUser.MEMBER_STAFF).postJson(BASE + "/" + other + "/registration", ""));
        ok(organiser.postJson(BASE + "/" + id + "/registrations", Json.createObjectBuilder()
                .add("name", "ＹＡＭＡＤＡ Ｔａｒｏ").add("email", "yamada@example.jp").build().toString()));

        HttpResponse<byte[]> qr = bytes(DemoUser.MEMBER_STAFF, BASE + "/" + id + "/registration/qr.png", "ja");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.body()).startsWith(0x89, 'P', 'N', 'G');
        assertProblem(as(DemoUser.COORDINATOR).get(BASE + "/" + id + "/registration/qr.png"), 404);

        String byCode = code(confirmed.getString("checkInCode"));
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).postJson(checkIns, byCode), 403);
        assertProblem(as(DemoUser.OVERSEAS_PARTNER).postJson(checkIns, byCode), 403);
        assertProblem(PortalClient.anonymous().postJson(checkIns, byCode), 401);
        JsonObject first = ok(organiser.postJson(checkIns, byCode));
        assertThat(first.getBoolean("alreadyCheckedIn")).isFalse();
        assertThat(first.getString("checkedInAt")).isNotBlank();
        JsonObject again = ok(as(DemoUser.MEMBER_STAFF).postJson(checkIns, byCode));
        assertThat(again.getBoolean("alreadyCheckedIn")).isTrue();
        assertThat(again.getString("checkedInAt")).isEqualTo(first.getString("checkedInAt"));

        assertProblem(organiser.postJson(checkIns, code("AAAAAAAAAAAAAAAAAAAAAA")), 404);
        assertProblem(organiser.postJson(checkIns, code(elsewhere.getString("checkInCode"))), 404);
        assertProblem(organiser.postJson(checkIns, Json.createObjectBuilder()
                .add("registrationId", regId(waiting)).build().toString()), 409);
        assertField(organiser.postJson(checkIns, "{}"), "code");

        JsonArray found = (JsonArray) PortalClient.json(organiser.get(BASE + "/" + id + "/registrations?q=yamada"));
        assertThat(found.getValuesAs(JsonObject.class)).extracting(r -> r.getString("name"))
                .containsExactly("ＹＡＭＡＤＡ Ｔａｒｏ");
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).get(BASE + "/" + id + "/registrations?q=yamada"), 403);

        List<CSVRecord> rows = csv(DemoUser.MEMBER_ADMIN, id, "ja");
        assertThat(rows.get(0).toList()).startsWith("氏名", "メールアドレス", "所属", "言語", "状況", "申込日時", "受付日時");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(4)).isEqualTo("参加確定");
        assertThat(rows.get(1).get(6)).as("checked in").isNotBlank();
        assertThat(rows.get(2).get(4)).isEqualTo("キャンセル待ち");
        assertThat(rows.get(3).get(0)).isEqualTo("ＹＡＭＡＤＡ Ｔａｒｏ");
    }

    @Test
    void onlyTheEventsOrganisersGetTheAttendeeList() throws IOException {
        long id = idOf(EventsFixture.published(as(DemoUser.MEMBER_ADMIN), event("名簿の権限", "all-members", 10)));
        ok(as(DemoUser.MEMBER_ADMIN).postJson(BASE + "/" + id + "/registrations", Json.createObjectBuilder()
                .add("name", "=1+1").add("email", "formula@example.jp").add("organization", "@研究所").build()
                .toString()));
        String path = BASE + "/" + id + "/registrations.csv";
        assertThat(bytes(DemoUser.OTHER_MEMBER_STAFF, path, "ja").statusCode()).isEqualTo(403);
        assertThat(bytes(DemoUser.OVERSEAS_PARTNER, path, "ja").statusCode()).as("no organiser role").isEqualTo(403);
        assertThat(bytes(DemoUser.COORDINATOR, path, "ja").statusCode()).as("staff of another member")
                .isEqualTo(403);
        assertThat(bytes(null, path, "ja").statusCode()).isEqualTo(401);
        assertThat(bytes(DemoUser.SECRETARIAT, path, "ja").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> csv = bytes(DemoUser.MEMBER_STAFF, path, "ja");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csv(DemoUser.MEMBER_STAFF, id, "ja");
        assertThat(rows.get(1).get(0)).isEqualTo("'=1+1");
        assertThat(rows.get(1).get(2)).isEqualTo("'@研究所");
    }

    private static JsonArrayBuilder questions() {
        return Json.createArrayBuilder()
                .add(choice(null).add("options", options("弁当", "Bento", "不要", "None", "菜食", "Vegetarian")))
                .add(question(null, "懇親会に参加しますか", "Party?", "yes-no", true))
                .add(question(null, "ご意見", "Comment", "text", false));
    }

    private static JsonObjectBuilder choice(String id) {
        return question(id, "昼食", "Lunch", "choice", true);
    }

    private static JsonObjectBuilder question(String id, String ja, String en, String type, boolean required) {
        JsonObjectBuilder question = Json.createObjectBuilder().add("labelJa", ja).add("labelEn", en)
                .add("type", type).add("required", required);
        if (id != null) {
            question.add("id", id);
        }
        return question;
    }

    private static JsonArrayBuilder options(String... jaEn) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (int i = 0; i < jaEn.length; i += 2) {
            options.add(Json.createObjectBuilder().add("ja", jaEn[i]).add("en", jaEn[i + 1]));
        }
        return options;
    }

    private static String answers(Map<String, String> answers) {
        JsonObjectBuilder given = Json.createObjectBuilder();
        answers.forEach(given::add);
        return Json.createObjectBuilder().add("answers", given).build().toString();
    }

    private static String person(String formToken, String name, String email, String website, String byCar) {
        return Json.createObjectBuilder().add("name", name).add("email", email)
                .add("organization", "浜松ものづくり研究会").add("language", "ja")
                .add("answers", Json.createObjectBuilder().add("q1", byCar)).add("formToken", formToken)
                .add("website", website).build().toString();
    }

    private static String code(String code) {
        return Json.createObjectBuilder().add("code", code).build().toString();
    }

    /** A form token that is old enough to be accepted (the test server's minimum fill time is 1 s). */
    private static String freshToken(String form) throws InterruptedException {
        String token = ok(anonymous("GET", form, null)).getString("formToken");
        Thread.sleep(1_100);
        return token;
    }

    /** An anonymous request from an address of its own, so that the per-address limit counts each apart. */
    private static HttpResponse<String> anonymous(String method, String path, String json) {
        return MembershipFixtures.send(method, path, json, Map.of("X-Forwarded-For", MembershipFixtures.someAddress()));
    }

    private static long regId(JsonObject registration) {
        return registration.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(response);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, FieldErrors.STATUS);
        assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").keySet()).contains(field);
    }

    /** The attendee list parsed back, after its byte order mark. */
    private static List<CSVRecord> csv(DemoUser user, long eventId, String language) throws IOException {
        HttpResponse<byte[]> csv = bytes(user, BASE + "/" + eventId + "/registrations.csv", language);
        assertThat(csv.statusCode()).as(new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    /** A GET whose answer is not text (PNG, CSV with BOM), as the user (null: anonymous) in a language. */
    private static HttpResponse<byte[]> bytes(DemoUser user, String path, String language) {
        URI uri = PortalClient.anonymous().base().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language).GET();
        if (user != null) {
            request.header("Authorization", Tokens.bearer(user));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
