package jp.innovationnet.portal.plugins.notes;

import static jp.innovationnet.portal.plugin.testkit.TestRequest.caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.testkit.KitChecks;
import jp.innovationnet.portal.plugin.testkit.PluginHarness;
import jp.innovationnet.portal.plugin.testkit.TestRequest;
import jp.innovationnet.portal.plugin.testkit.TestResponse;

/**
 * The sample plugin's rules on the plugin test kit: no server, a fresh H2 database with the plugin's migration, its
 * routes served as the portal serves them (access by role, bodies validated in the caller's language).
 */
class NotesPluginTest {

    private static final Caller TAMA_ADMIN = caller("u-tama-admin", "tama", Locale.ENGLISH, "member-admin");
    private static final Caller TAMA_STAFF = caller("u-tama-staff", "tama", Locale.JAPANESE, "member-staff");
    private static final Caller TAMA_COORDINATOR = caller("u-tama-co", "tama", Locale.ENGLISH, "coordinator");
    private static final Caller HAMAMATSU_ADMIN = caller("u-hama", "hamamatsu", Locale.ENGLISH, "member-admin");

    private PluginHarness notes;

    @BeforeEach
    void start() throws Exception {
        notes = PluginHarness.start("notes", new NotesPlugin());
    }

    @AfterEach
    void stop() throws Exception {
        notes.close();
    }

    @Test
    void staffWriteNotesForTheirOrganizationAndItsPeopleReadThem() throws Exception {
        TestResponse written = write(TAMA_STAFF, "交流会の準備", "会場を予約する\n資料を印刷する");
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.headers().get("Location")).endsWith("notes/" + idOf(written));

        assertThat(titles(TAMA_COORDINATOR)).containsExactly("交流会の準備");
        write(TAMA_ADMIN, "Second", "newest first");
        assertThat(titles(TAMA_STAFF)).containsExactly("Second", "交流会の準備");
    }

    @Test
    void whoMayNotIsRefusedAsThePortalRefusesThem() throws Exception {
        assertThat(notes.call(TestRequest.get("/notes")).status()).as("a visitor").isEqualTo(401);
        Caller partner = caller("u-partner", null, Locale.ENGLISH, "overseas-partner");
        assertThat(notes.call(TestRequest.get("/notes").as(partner)).status()).isEqualTo(403);
        assertThat(write(TAMA_COORDINATOR, "t", "b").status()).as("coordinators read only").isEqualTo(403);

        long id = idOf(write(TAMA_STAFF, "Keep", "text"));
        assertThat(archive(TAMA_STAFF, id).status()).as("only administrators archive").isEqualTo(403);
        TestResponse archived = archive(TAMA_ADMIN, id);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(titles(TAMA_STAFF)).isEmpty();
        assertThat(archive(TAMA_ADMIN, id).body().asJsonObject().getString("archivedAt")).as("archived once")
                .isEqualTo(archived.body().asJsonObject().getString("archivedAt"));
    }

    @Test
    void someoneActingForNoOrganizationIsToldSoInTheirLanguage() throws Exception {
        Caller nobody = caller("u-none", null, Locale.JAPANESE, "member-staff");
        TestResponse refused = notes.call(TestRequest.get("/notes").as(nobody));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo(NoteWording.NO_ORGANIZATION.in(Locale.JAPANESE));
    }

    @Test
    void anInvalidNoteIsRefusedNamingItsFieldsInTheCallersLanguageAndNothingIsKept() throws Exception {
        TestResponse japanese = write(TAMA_STAFF, " ", "ベル\\u0007");
        assertThat(japanese.status()).isEqualTo(422);
        assertThat(japanese.fieldErrors()).containsEntry("title", "入力してください")
                .containsEntry("body", "改行とタブ以外の制御文字は使えません");

        TestResponse english = write(TAMA_ADMIN, "x".repeat(201), "text");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.fieldErrors()).containsOnlyKeys("title");
        assertThat(notes.call(TestRequest.post("/notes").as(TAMA_STAFF).json("{\"title\": [")).status())
                .isEqualTo(400);
        assertThat(titles(TAMA_STAFF)).isEmpty();
    }

    @Test
    void anotherOrganizationsNotesDoNotExistForTheCaller() throws Exception {
        long id = idOf(write(TAMA_STAFF, "内部メモ", "本文"));

        assertThat(titles(HAMAMATSU_ADMIN)).isEmpty();
        assertThat(archive(HAMAMATSU_ADMIN, id).status()).isEqualTo(404);
        assertThat(notes.call(TestRequest.post("/notes/abc/archive").as(TAMA_ADMIN)).status()).isEqualTo(404);
        assertThat(titles(TAMA_STAFF)).containsExactly("内部メモ");
    }

    @Test
    void everyMessageHasBothLanguages() {
        KitChecks.assertCataloguesOf(NotesPlugin.class);
    }

    private TestResponse write(Caller who, String title, String body) throws Exception {
        return notes.call(TestRequest.post("/notes").as(who)
                .json("{\"title\":\"" + title + "\",\"body\":\"" + body.replace("\n", "\\n") + "\"}"));
    }

    private TestResponse archive(Caller who, long id) throws Exception {
        return notes.call(TestRequest.post("/notes/" + id + "/archive").as(who));
    }

    private List<String> titles(Caller who) throws Exception {
        TestResponse listed = notes.call(TestRequest.get("/notes").as(who));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(note -> note.getString("title")).toList();
    }

    private static long idOf(TestResponse written) {
        return written.body().asJsonObject().getJsonNumber("id").longValue();
    }
}
