package jp.innovationnet.portal.it.plugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
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
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.asked;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service-level warning task on a real server, run every 2 seconds instead of 10 minutes through the portal's
 * setting {@code portal.plugins.inquiries.schedule.service-level-warnings.period-seconds}: an inquiry whose first
 * response is past due warns its assignee once, by mail in the assignee's language (JST's agency reads Japanese),
 * and not again however often the task runs. The due time is moved into the past in the database itself, while the
 * server is stopped (a {@link SpareServer}, so that the shared test server keeps its settings and database).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesLevelWarningsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String AGENCY_MAIL = "agency@jst.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anOverdueFirstResponseWarnsTheAssigneeOnceInTheirLanguage() throws Exception {
        SpareServer server = SpareServer.shared(
                Map.of("portal.plugins.inquiries.schedule.service-level-warnings.period-seconds", "2"));
        PortalClient secretariat = PortalClient.at(server.base())
                .withToken(Tokens.accessToken(DemoUser.SECRETARIAT));
        PortalClient jst = PortalClient.at(server.base()).withToken(Tokens.accessToken(DemoUser.STEERING_AGENCY));
        PluginBundles.ensureInstalled(secretariat, "inquiries", PluginBundles.inquiries());
        server.await(API + "/form");

        String ref = asked(PortalClient.at(server.base()).withToken(Tokens.accessToken(DemoUser.MEMBER_STAFF)),
                inquiry("Overdue " + RUN, "期限切れの確認")).getString("reference");
        ok(secretariat.postJson(API + "/inquiries/" + ref + "/referrals", "{\"organizations\":[\"jst\"]}"));
        String self = assignableSelf(jst, ref);
        ok(jst.putBytes(API + "/inquiries/" + ref + "/referrals/jst/assignee", "application/json",
                ("{\"userId\":\"" + self + "\"}").getBytes()));
        assertThat(warnings(ref)).as("nothing is due yet").isEmpty();

        server.stop();
        // the first response falls due an hour ago; next_due, the earliest pending due time, follows it
        try (Connection db = server.database();
                PreparedStatement due = db.prepareStatement("UPDATE inquiries_inquiry"
                        + " SET first_response_due = ?, next_due = ? WHERE reference = ?")) {
            Timestamp anHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
            due.setTimestamp(1, anHourAgo);
            due.setTimestamp(2, anHourAgo);
            due.setString(3, ref);
            assertThat(due.executeUpdate()).isEqualTo(1);
        }
        server.start();

        Await.until("the warning", Duration.ofSeconds(60), () -> !warnings(ref).isEmpty());
        MimeMessage warning = warnings(ref).getFirst();
        assertThat(warning.getSubject()).isEqualTo("初回回答の期限を過ぎています（" + ref + "）");
        assertThat(warning.getContentLanguage()).containsExactly("ja");
        assertThat(text(warning)).contains("件名: Overdue " + RUN, "期限: ");
        Thread.sleep(8_000);
        assertThat(warnings(ref)).as("the task ran 4 times more, and warned once").hasSize(1);
    }

    private static String assignableSelf(PortalClient jst, String ref) {
        List<JsonObject> people = PortalClient.json(jst.get(API + "/inquiries/" + ref + "/referrals/jst/assignable"))
                .asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        return people.stream().filter(p -> p.getString("username").equals("jst.agency")).findFirst().orElseThrow()
                .getString("userId");
    }

    private static List<MimeMessage> warnings(String ref) {
        return MailCatcher.messagesTo(AGENCY_MAIL).stream().filter(m -> {
            try {
                return m.getSubject().contains(ref) && m.getSubject().contains("期限");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
