package jp.innovationnet.portal.plugins.contract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.testkit.KitChecks;
import jp.innovationnet.portal.plugin.testkit.PluginHarness;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

import static jp.innovationnet.portal.plugin.testkit.TestRequest.caller;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract fixture on the plugin test kit: no server, its own migrated database. Besides the fixture, this
 * checks the test kit itself on every part of the contract (mails, scheduled tasks, core events, public forms).
 */
class ContractPluginTest {

    private static final Caller TAMA_STAFF = caller("u-tama", "tama", Locale.JAPANESE, "member-staff");
    private static final Caller KANSAI_STAFF = caller("u-kansai", "kansai", Locale.ENGLISH, "member-staff");
    private static final Caller NO_ORGANIZATION = caller("u-none", null, Locale.ENGLISH, "coordinator");

    private PluginHarness fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = PluginHarness.start("contract", new ContractPlugin());
        fixture.context().directory().add(new OrganizationSummary("tama", "首都圏産業活性化協会", "TAMA Association",
                "regional", "Tokyo", "Kanto", true));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aNoteIsKeptForTheWritersOrganizationAndAuditedAndAnnounced() throws Exception {
        TestResponse created = write(TAMA_STAFF, "交流会の準備", "会場を予約する");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        JsonArray list = fixture.call(TestRequest.get("/notes").as(TAMA_STAFF)).body().asJsonArray();
        assertThat(list).singleElement().satisfies(n -> assertThat(n.asJsonObject().getString("title"))
                .isEqualTo("交流会の準備"));
        assertThat(fixture.context().auditTrail().last().action()).isEqualTo("note.created");
        assertThat(fixture.context().sentNotifications().last().message().subjectJa()).isEqualTo("新しいメモ: 交流会の準備");
    }

    @Test
    void anotherOrganizationsNoteDoesNotExistForTheCaller() throws Exception {
        long id = write(TAMA_STAFF, "内部メモ", "本文").body().asJsonObject().getJsonNumber("id").longValue();

        assertThat(fixture.call(TestRequest.get("/notes/" + id).as(KANSAI_STAFF)).status()).isEqualTo(404);
        assertThat(fixture.call(TestRequest.get("/notes").as(KANSAI_STAFF)).body().asJsonArray()).isEmpty();
        assertThat(fixture.call(TestRequest.get("/notes/" + id).as(TAMA_STAFF)).status()).isEqualTo(200);
    }

    @Test
    void whoMayNotWriteIsRefusedAsThePortalRefusesThem() throws Exception {
        assertThat(fixture.call(TestRequest.get("/notes")).status()).isEqualTo(401);
        assertThat(fixture.call(TestRequest.get("/notes").as(NO_ORGANIZATION)).status()).isEqualTo(403);
        assertThat(fixture.call(TestRequest.post("/notes").as(caller("u-x", "tama", Locale.ENGLISH, "member"))
                .json("{\"title\":\"t\",\"body\":\"b\"}")).status()).isEqualTo(403);
    }

    @Test
    void anInvalidNoteIsRefusedNamingItsFieldsInTheCallersLanguageAndNothingIsKept() throws Exception {
        TestResponse refused = fixture.call(TestRequest.post("/notes").as(TAMA_STAFF)
                .json("{\"title\":\" \",\"body\":\"本文\",\"remindTo\":\"not-an-address\"}"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsEntry("title", "入力してください")
                .containsEntry("remindTo", "メールアドレスの形式が正しくありません");
        assertThat(fixture.call(TestRequest.post("/notes").as(TAMA_STAFF).json("{\"title\": [")).status())
                .isEqualTo(400);
        assertThat(fixture.call(TestRequest.get("/notes").as(TAMA_STAFF)).body().asJsonArray()).isEmpty();
        assertThat(fixture.context().auditTrail().all()).isEmpty();
    }

    @Test
    void aShareWithOneBadAddressSendsNoMailAtAll() throws Exception {
        long id = write(TAMA_STAFF, "共有", "本文").body().asJsonObject().getJsonNumber("id").longValue();

        TestResponse refused = fixture.call(TestRequest.post("/notes/" + id + "/share").as(TAMA_STAFF)
                .json("{\"to\":[\"a@example.jp\",\"nobody\"]}"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldErrors()).containsOnlyKeys("to[1]");
        assertThat(fixture.call(TestRequest.post("/notes/" + id + "/share").as(TAMA_STAFF).json("{\"to\":[]}"))
                .fieldErrors()).containsKey("to");
        assertThat(fixture.context().sentMails().all()).isEmpty();

        TestResponse shared = fixture.call(TestRequest.post("/notes/" + id + "/share").as(TAMA_STAFF)
                .json("{\"to\":[\"a@example.jp\"]}"));
        assertThat(shared.status()).isEqualTo(200);
        assertThat(fixture.context().sentMails().last().to()).isEqualTo("a@example.jp");
    }

    @Test
    void aDueReminderGoesOutOnceFromTheScheduledTask() throws Exception {
        fixture.call(TestRequest.post("/notes").as(TAMA_STAFF).json("{\"title\":\"締切\",\"body\":\"報告書\","
                + "\"remindAt\":\"" + OffsetDateTime.now().minusMinutes(1) + "\",\"remindTo\":\"tama@example.jp\"}"));

        fixture.runScheduled("reminders");
        fixture.runScheduled("reminders");

        assertThat(fixture.context().sentMails().all()).singleElement()
                .satisfies(mail -> assertThat(mail.to()).isEqualTo("tama@example.jp"));
    }

    @Test
    void aWithdrawnOrganizationsNotesAreArchived() throws Exception {
        write(TAMA_STAFF, "古いメモ", "本文");

        fixture.deliver(new CoreEvent(CoreEvent.Type.ORGANIZATION_WITHDRAWN, "tama", Instant.now()));

        assertThat(fixture.call(TestRequest.get("/notes").as(TAMA_STAFF)).body().asJsonArray()).isEmpty();
    }

    @Test
    void aVisitorsSuggestionNeedsTheFormsTokenAndAnActiveOrganization() throws Exception {
        String token = ((JsonObject) fixture.call(TestRequest.get("/suggestion-form")).body()).getString("formToken");
        String suggestion = "{\"organization\":\"%s\",\"title\":\"展示会\",\"body\":\"出展したい\",\"formToken\":\"%s\"}";

        assertThat(fixture.call(TestRequest.post("/suggestions").json(suggestion.formatted("tama", "forged")))
                .fieldErrors()).containsKey("formToken");
        assertThat(fixture.call(TestRequest.post("/suggestions").json(suggestion.formatted("nowhere", token)))
                .status()).isEqualTo(422);
        String second = ((JsonObject) fixture.call(TestRequest.get("/suggestion-form")).body()).getString("formToken");
        assertThat(fixture.call(TestRequest.post("/suggestions").json(suggestion.formatted("tama", second)))
                .status()).isEqualTo(201);
        assertThat(fixture.call(TestRequest.get("/notes").as(TAMA_STAFF)).body().asJsonArray()).singleElement()
                .satisfies(n -> assertThat(n.asJsonObject().getString("title")).isEqualTo("提案: 展示会"));
    }

    @Test
    void everyMessageHasBothLanguages() {
        KitChecks.assertCataloguesOf(ContractPlugin.class);
    }

    private TestResponse write(Caller who, String title, String body) throws Exception {
        return fixture.call(TestRequest.post("/notes").as(who)
                .json("{\"title\":\"" + title + "\",\"body\":\"" + body + "\"}"));
    }
}
