package jp.innovationnet.portal.it.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.SpareServer;
import jp.innovationnet.portal.it.support.Tokens;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.files;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.pdf;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.visitorAsks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost. An inquiry the desk answered 201 survives a crash of the portal right after — its JVM killed with
 * {@code SIGKILL}, no shutdown, no orderly close of the database — on H2 (which writes each commit to its file at
 * once, {@code WRITE_DELAY=0}) and on PostgreSQL ({@code -Ppostgresql}). The crash happens to a {@link SpareServer}
 * (a copy of the test server with its own ports, data and database), so that the server Arquillian manages keeps
 * running for the other tests. After the restart the asker's private link shows the inquiry with its first message
 * and file, and the confirmation, a notice row of the same transaction, is mailed exactly once. And a mail the SMTP
 * server refuses (it is down) stays in the core's outbox and is delivered, once, when the server is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesNothingLostIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anInquiryAnswered201SurvivesAKillOfThePortalRightAfter() throws Exception {
        SpareServer server = SpareServer.shared(Map.of());
        PortalClient visitor = PortalClient.at(server.base());
        PluginBundles.ensureInstalled(visitor.withToken(Tokens.accessToken(DemoUser.SECRETARIAT)), "inquiries",
                PluginBundles.inquiries());
        server.await(API + "/form");

        String email = "crash-" + RUN + "@example.com";
        String formToken = ok(visitor.get(API + "/form")).getString("formToken");
        Thread.sleep(1_100);
        HttpResponse<String> asked = visitor.postJson(API + "/inquiries", inquiry("Crash test " + RUN,
                "QUESTION-" + RUN + " 停電の直後でも失われないこと")
                .add("attachments", files(Map.of("crash.pdf", pdf())))
                .add("name", "Crash Tester").add("email", email).add("language", "en")
                .add("formToken", formToken).add("website", "").build().toString());
        server.kill();

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonObject created = (JsonObject) PortalClient.json(asked);
        String token = created.getString("trackUrl").replaceFirst(".*#", "");

        server.start();
        server.await(API + "/form");
        JsonObject tracked = ok(visitor.get(API + "/track/" + token));
        assertThat(tracked.getString("reference")).isEqualTo(created.getString("reference"));
        assertThat(tracked.getString("subject")).isEqualTo("Crash test " + RUN);
        JsonObject question = tracked.getJsonArray("messages").getJsonObject(0);
        assertThat(question.getString("kind")).isEqualTo("question");
        assertThat(question.getString("text")).startsWith("QUESTION-" + RUN);
        JsonObject file = question.getJsonArray("attachments").getJsonObject(0);
        HttpResponse<String> download = visitor.get(API + "/track/" + token + "/attachments/"
                + file.getJsonNumber("id").longValue());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(pdf(), StandardCharsets.US_ASCII));

        MimeMessage confirmation = MailCatcher.awaitMessageTo(email, Duration.ofSeconds(60));
        assertThat(confirmation.getSubject()).contains(created.getString("reference"));
        Thread.sleep(3_000);
        assertThat(MailCatcher.messagesTo(email)).as("the confirmation, once").hasSize(1);
    }

    @Test
    void theConfirmationRefusedBySmtpIsDeliveredOnceWhenTheServerIsBack() throws Exception {
        InquiriesFixture.install();
        String email = "smtp-down-" + RUN + "@example.com";
        String reference;
        MailCatcher.stop();
        try {
            HttpResponse<String> asked = visitorAsks(inquiry("SMTP down " + RUN, "メールサーバー停止中の問い合わせ"),
                    "Mail Tester", email);
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            reference = ((JsonObject) PortalClient.json(asked)).getString("reference");
            Path log = Path.of(System.getProperty("it.server.dir"), "logs", "messages.log");
            Await.until("an attempt the SMTP server refused", Duration.ofSeconds(60),
                    () -> read(log).contains(" to " + email + " not sent yet"));
        } finally {
            MailCatcher.start();
        }
        MimeMessage confirmation = MailCatcher.awaitMessageTo(email, Duration.ofSeconds(90));
        assertThat(confirmation.getSubject()).contains(reference);
        Thread.sleep(3_000);
        assertThat(MailCatcher.messagesTo(email)).as("delivered once").hasSize(1);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
