package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.ServerJmx;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core services of plugin contract 1.2, through the contract fixture (a test plugin): mails through the outbox (sent after
 * the plugin's commit only, or once ever), scheduled tasks that stop with the plugin, public-form protection and
 * navigation entries for visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginServicesIT {

    private static final Duration MAIL = Duration.ofSeconds(30);
    private static final String MONITOR = "jp.innovationnet.portal:type=PluginHost";

    private final PortalClient anonymous = PortalClient.anonymous();
    private final PortalClient secretariat = as(DemoUser.SECRETARIAT);
    private final PortalClient staff = as(DemoUser.MEMBER_STAFF);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The plugin list is this class's subject: it starts from an empty one, without the run's shared plugins. */
    @BeforeAll
    static void withoutOtherPlugins() {
        PluginBundles.uninstallAll(as(DemoUser.SECRETARIAT));
    }

    @BeforeEach
    void installFixture() {
        PluginBundles.install(secretariat, PluginBundles.contract());
    }

    @AfterEach
    void removeFixture() {
        PluginBundles.uninstall(secretariat, "contract");
    }

    @Test
    void aMailSentInARequestThatFailsIsNeverSent() throws Exception {
        long note = note(null, null);
        String kept = address("kept");
        String dropped = address("dropped");

        HttpResponse<String> failed = staff.postJson("/api/plugins/contract/notes/" + note + "/share",
                "{\"to\": [\"" + dropped + "\", \"not an address\"]}");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(422);
        assertThat(((JsonObject) PortalClient.json(failed)).getJsonObject("errors").containsKey("to[1]")).isTrue();

        HttpResponse<String> shared = staff.postJson("/api/plugins/contract/notes/" + note + "/share",
                "{\"to\": [\"" + kept + "\"]}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        MimeMessage mail = MailCatcher.awaitMessageTo(kept, MAIL);
        assertThat(mail.getSubject()).contains("共有されたメモ");
        assertThat(((Multipart) mail.getContent()).getBodyPart(1).getFileName()).isEqualTo("note-" + note + ".txt");
        // the outbox sends in order of queueing: the failed request's mail would have gone out before this one
        assertThat(MailCatcher.messagesTo(dropped)).isEmpty();
    }

    @Test
    void aScheduledTaskSendsAReminderOnceAndStopsWithThePlugin() throws Exception {
        try (ServerJmx jmx = ServerJmx.connect()) {
            assertThat(jmx.attribute(MONITOR, "ScheduledTasks")).isEqualTo(1);

            String due = address("due");
            long note = note(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), due);
            MimeMessage reminder = MailCatcher.awaitMessageTo(due, MAIL);
            assertThat(reminder.getSubject()).isEqualTo("リマインダー: note");
            assertThat(String.valueOf(reminder.getContent())).as("a link through portalUrl")
                    .contains(anonymous.base() + "/p/contract/notes");
            Await.until("the note records the reminder", MAIL, () -> !((JsonObject) PortalClient.json(
                    staff.get("/api/plugins/contract/notes/" + note))).isNull("remindedAt"));

            HttpResponse<String> again = staff.postJson("/api/plugins/contract/notes/" + note + "/reminder", "{}");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(((JsonObject) PortalClient.json(again)).getBoolean("sent")).isFalse();

            String later = address("later");
            note(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4), later);
            assertThat(secretariat.delete("/api/plugins/contract").statusCode()).isEqualTo(204);
            assertThat(jmx.attribute(MONITOR, "ScheduledTasks")).isEqualTo(0);
            Thread.sleep(NOTES_REMINDER_PERIOD.plusSeconds(5).toMillis());
            assertThat(MailCatcher.messagesTo(later)).as("no task runs once the plugin is gone").isEmpty();
            assertThat(MailCatcher.messagesTo(due)).as("sent once").hasSize(1);

            installFixture();
            assertThat(MailCatcher.awaitMessageTo(later, MAIL).getSubject()).startsWith("リマインダー: ");
            assertThat(MailCatcher.messagesTo(due)).as("still once, also after a new start").hasSize(1);
        }
    }

    @Test
    void publicFormsAreProtectedPerPluginAndForm() throws Exception {
        String tooFresh = formToken();
        HttpResponse<String> hurried = suggest(tooFresh, "");
        assertTokenRefused(hurried);

        String token = formToken();
        Thread.sleep(1_200);
        assertTokenRefused(suggest(token, "https://spam.example"));
        HttpResponse<String> accepted = suggest(formToken(1_200), "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(((JsonArray) PortalClient.json(secretariat.get("/api/plugins/contract/notes")))
                .getValuesAs(JsonObject.class)).as("a note of the organization the visitor wrote to")
                .anySatisfy(n -> assertThat(n.getString("authorId")).isEqualTo("visitor"));
        HttpResponse<String> unknown = anonymous.postJson("/api/plugins/contract/suggestions",
                suggestion("no-such-organization", formToken(1_200), ""));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);

        // five submissions an hour per address and form (as in production): the fifth passes the guard, the sixth not
        HttpResponse<String> fifth = suggest(formToken(1_200), "");
        assertThat(fifth.statusCode()).as(fifth.body()).isEqualTo(201);
        HttpResponse<String> flood = suggest(formToken(1_200), "");
        assertThat(flood.statusCode()).as(flood.body()).isEqualTo(429);
        assertThat(flood.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void visitorsSeeTheEntriesForAnyoneOnly() {
        HttpResponse<String> visitor = anonymous.get("/api/navigation");
        assertThat(visitor.statusCode()).as(visitor.body()).isEqualTo(200);
        List<String> keys = keys((JsonArray) PortalClient.json(visitor));
        assertThat(keys).containsExactly("suggest");
        assertThat(keys((JsonArray) PortalClient.json(staff.get("/api/navigation"))))
                .containsExactly("notes", "suggest");
        HttpResponse<String> sections = anonymous.get("/api/navigation/sections?page=organization-profile");
        assertThat(sections.statusCode()).isEqualTo(200);
        assertThat(sections.body()).isEqualTo("[]");
        assertThat(staff.get("/api/navigation/sections?page=organization-profile").body()).contains("profile-notes.js");
    }

    /** The fixture's reminder period ({@code ContractPlugin.REMINDER_PERIOD}). */
    private static final Duration NOTES_REMINDER_PERIOD = Duration.ofSeconds(10);

    private long note(OffsetDateTime remindAt, String remindTo) {
        String reminder = remindAt == null ? "" : ", \"remindAt\": \"" + remindAt + "\", \"remindTo\": \"" + remindTo + "\"";
        HttpResponse<String> created = staff.postJson("/api/plugins/contract/notes",
                "{\"title\": \"note\", \"body\": \"text\"" + reminder + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((JsonObject) PortalClient.json(created)).getJsonNumber("id").longValue();
        return id;
    }

    private String formToken() {
        HttpResponse<String> form = anonymous.get("/api/plugins/contract/suggestion-form");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        return ((JsonObject) PortalClient.json(form)).getString("formToken");
    }

    private String formToken(long fillMillis) throws InterruptedException {
        String token = formToken();
        Thread.sleep(fillMillis);
        return token;
    }

    private HttpResponse<String> suggest(String token, String website) {
        return anonymous.postJson("/api/plugins/contract/suggestions", suggestion("jilc", token, website));
    }

    private static String suggestion(String organization, String token, String website) {
        return "{\"organization\": \"" + organization + "\", \"title\": \"Open days\", \"body\": \"Please.\", "
                + "\"formToken\": \"" + token + "\", \"website\": \"" + website + "\"}";
    }

    private static void assertTokenRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").containsKey("formToken"))
                .as(response.body()).isTrue();
    }

    private static List<String> keys(JsonArray entries) {
        return entries.getValuesAs(JsonObject.class).stream().map(e -> e.getString("key")).toList();
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
