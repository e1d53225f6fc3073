package jp.innovationnet.portal.it.plugin;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.Tokens;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.anonymous;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.asked;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.errors;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.files;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.mailedToken;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.pdf;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.text;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.visitorAsks;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inquiry desk in a real Liberty with Keycloak and an SMTP catcher: a member asks logged in, a visitor through
 * the public form and gets the private link by mail; the secretariat routes the visitor's inquiry to two
 * organizations (TAMA and JST), both see it and the shared thread, one accepts and replies, the asker reads the reply
 * (by mail and through the link) but never the internal notes, answers through the link and so reopens it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesDeskIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void install() {
        InquiriesFixture.install();
    }

    @Test
    void aVisitorsInquiryIsRoutedToTwoOrganizationsAnsweredByOneAndReopenedThroughThePrivateLink() throws Exception {
        String email = "visitor-" + RUN + "@example.com";
        HttpResponse<String> submitted = visitorAsks(inquiry("Licensing a sensor patent " + RUN,
                "We would like to license a sensor patent.\nWho can help?")
                .add("organization", "Sensor Works Ltd")
                .add("attachments", files(Map.of("spec.pdf", pdf()))), "Ada Visitor", email);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonObject created = (JsonObject) PortalClient.json(submitted);
        String ref = created.getString("reference");
        assertThat(ref).matches("Q\\d{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(created.getString("status")).isEqualTo("new");
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(ref));

        MimeMessage confirmation = MailCatcher.awaitMessageTo(email, Duration.ofSeconds(30));
        assertThat(confirmation.getContentLanguage()).containsExactly("en");
        assertThat(confirmation.getSubject()).contains(ref);
        String token = mailedToken(email);
        assertThat(created.getString("trackUrl")).endsWith("/p/inquiries/track#" + token);

        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonObject queue = ok(secretariat.get(API + "/inquiries?status=new&q=" + ref.toLowerCase()));
        assertThat(queue.getJsonArray("items")).hasSize(1);
        assertThat(queue.getJsonArray("items").getJsonObject(0).getString("reference")).isEqualTo(ref);

        JsonObject routed = ok(secretariat.postJson(API + "/inquiries/" + ref + "/referrals",
                "{\"organizations\":[\"tama\",\"jst\"],\"note\":\"ROUTING-NOTE tama for the patent, jst for funding\"}"));
        assertThat(routed.getString("status")).isEqualTo("routed");
        assertThat(routed.getJsonArray("referrals")).extracting(v -> ((JsonObject) v).getString("organizationId"))
                .containsExactlyInAnyOrder("tama", "jst");

        PortalClient tama = as(DemoUser.MEMBER_STAFF);
        PortalClient jst = as(DemoUser.STEERING_AGENCY);
        for (PortalClient receiver : List.of(tama, jst)) {
            assertThat(references(ok(receiver.get(API + "/inquiries?limit=100")))).contains(ref);
            JsonObject seen = ok(receiver.get(API + "/inquiries/" + ref));
            assertThat(seen.getString("askerEmail")).isEqualTo(email);
            assertThat(seen.getJsonArray("referrals")).hasSize(2);
            // due at close of business (17:00 in Tokyo) of the 2nd and 10th business day after the submission
            for (String due : List.of("firstResponseDue", "resolutionDue")) {
                assertThat(Instant.parse(seen.getString(due)).atZone(ZoneId.of("Asia/Tokyo")).toLocalTime())
                        .as(due).isEqualTo(LocalTime.of(17, 0));
            }
            assertThat(Instant.parse(seen.getString("resolutionDue")))
                    .isAfter(Instant.parse(seen.getString("firstResponseDue")).plus(Duration.ofDays(7)));
        }
        assertThat(ok(tama.postJson(API + "/inquiries/" + ref + "/messages",
                "{\"kind\":\"note\",\"text\":\"NOTE-TAMA we know a licensing expert\"}")).getString("status"))
                .isEqualTo("routed");
        ok(jst.postJson(API + "/inquiries/" + ref + "/messages", "{\"kind\":\"note\",\"text\":\"NOTE-JST no funding angle\"}"));
        JsonObject accepted = ok(tama.postJson(API + "/inquiries/" + ref + "/referrals/tama/accept", ""));
        assertThat(accepted.getString("status")).isEqualTo("in-progress");
        ok(as(DemoUser.MEMBER_ADMIN).putBytes(API + "/inquiries/" + ref + "/referrals/tama/assignee",
                "application/json", "{\"userId\":null}".getBytes()));
        JsonObject replied = ok(tama.postJson(API + "/inquiries/" + ref + "/messages",
                "{\"kind\":\"reply\",\"text\":\"REPLY-TAMA Our licensing desk will call you.\"}"));
        assertThat(replied.getString("status")).isEqualTo("answered");

        JsonObject forJst = ok(jst.get(API + "/inquiries/" + ref));
        assertThat(kinds(forJst)).containsExactly("question", "note", "note", "reply");
        assertThat(forJst.getString("firstResponseAt")).isNotBlank();
        assertThat(forJst.getJsonArray("referrals")).anySatisfy(r -> {
            assertThat(((JsonObject) r).getString("organizationId")).isEqualTo("tama");
            assertThat(((JsonObject) r).getString("status")).isEqualTo("answered");
        });

        Await.until("the reply's mail", Duration.ofSeconds(30), () -> MailCatcher.messagesTo(email).size() >= 2);
        MimeMessage answer = MailCatcher.messagesTo(email).getLast();
        assertThat(answer.getSubject()).contains(ref);
        assertThat(text(answer)).contains("REPLY-TAMA").doesNotContain("NOTE-", "ROUTING-NOTE");

        HttpResponse<String> tracked = anonymous("GET", API + "/track/" + token, null);
        JsonObject asker = ok(tracked);
        assertThat(tracked.body()).contains("REPLY-TAMA").doesNotContain("NOTE-TAMA", "NOTE-JST", "ROUTING-NOTE",
                "askerEmail", "assignee");
        assertThat(kinds(asker)).containsExactly("question", "reply");
        assertThat(asker.getString("status")).isEqualTo("answered");
        assertThat(asker.getJsonArray("receivers")).hasSize(2);

        long fileId = asker.getJsonArray("messages").getJsonObject(0).getJsonArray("attachments").getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (HttpResponse<String> download : List.of(anonymous("GET", API + "/track/" + token + "/attachments/" + fileId,
                null), jst.get(API + "/inquiries/" + ref + "/attachments/" + fileId))) {
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(download.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename*=UTF-8''spec.pdf");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
            assertThat(download.body()).startsWith("%PDF-1.4");
        }

        JsonObject again = ok(anonymous("POST", API + "/track/" + token + "/messages",
                "{\"text\":\"Thank you. One more question: is there a fee?\"}"));
        assertThat(again.getString("status")).isEqualTo("in-progress");
        JsonObject afterwards = ok(tama.get(API + "/inquiries/" + ref));
        assertThat(kinds(afterwards)).containsExactly("question", "note", "note", "reply", "asker");
        assertThat(afterwards.getString("status")).isEqualTo("in-progress");
    }

    @Test
    void aMemberAsksLoggedInFollowsInTheirListAndClosesAndReopens() {
        PortalClient member = as(DemoUser.OTHER_MEMBER_STAFF);
        String ref = asked(member, inquiry("海外展開の相談 " + RUN, "台湾での展示会出展について相談したい"))
                .getString("reference");
        JsonArray mine = ((JsonObject) PortalClient.json(member.get(API + "/mine"))).getJsonArray("items");
        assertThat(mine.getJsonObject(0).getString("reference")).isEqualTo(ref);

        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        ok(secretariat.postJson(API + "/inquiries/" + ref + "/referrals", "{\"organizations\":[\"jst\"]}"));
        PortalClient jst = as(DemoUser.STEERING_AGENCY);
        ok(jst.postJson(API + "/inquiries/" + ref + "/messages", "{\"kind\":\"note\",\"text\":\"内部メモ NOTE-X\"}"));
        ok(jst.postJson(API + "/inquiries/" + ref + "/messages", "{\"kind\":\"reply\",\"text\":\"JETRO をご紹介します\"}"));

        HttpResponse<String> own = member.get(API + "/inquiries/" + ref);
        JsonObject view = ok(own);
        assertThat(kinds(view)).containsExactly("question", "reply");
        assertThat(own.body()).doesNotContain("NOTE-X", "referrals", "askerEmail");
        assertThat(view.getString("status")).isEqualTo("answered");

        assertThat(ok(member.postJson(API + "/inquiries/" + ref + "/close", "")).getString("status"))
                .isEqualTo("closed");
        assertThat(member.postJson(API + "/inquiries/" + ref + "/close", "").statusCode()).isEqualTo(409);
        assertThat(ok(member.postJson(API + "/inquiries/" + ref + "/reopen", "")).getString("status"))
                .isEqualTo("in-progress");
        ok(jst.postJson(API + "/inquiries/" + ref + "/close", ""));
        JsonObject written = ok(member.postJson(API + "/inquiries/" + ref + "/messages",
                "{\"kind\":\"asker\",\"text\":\"追加の質問です\"}"));
        assertThat(written.getString("status")).as("a message reopens a closed inquiry").isEqualTo("in-progress");
    }

    @Test
    void aReceiverRefersOnwardTheNextHandsBackAndTheInquiryReturnsToTheSecretariatsQueue() {
        String ref = asked(as(DemoUser.OTHER_MEMBER_STAFF), inquiry("資金の相談 " + RUN, "研究開発資金について"))
                .getString("reference");
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        PortalClient jst = as(DemoUser.STEERING_AGENCY);
        PortalClient tama = as(DemoUser.MEMBER_STAFF);
        ok(secretariat.postJson(API + "/inquiries/" + ref + "/referrals", "{\"organizations\":[\"jst\"]}"));
        assertThat(tama.get(API + "/inquiries/" + ref).statusCode()).as("not routed to TAMA yet").isEqualTo(404);
        assertThat(jst.postJson(API + "/inquiries/" + ref + "/referrals", "{\"organizations\":[\"jst\"]}")
                .statusCode()).as("already there").isEqualTo(409);
        JsonObject onward = ok(jst.postJson(API + "/inquiries/" + ref + "/referrals",
                "{\"organizations\":[\"tama\"],\"note\":\"TAMA knows local funds\"}"));
        assertThat(status(onward, "jst")).isEqualTo("referred");
        assertThat(status(onward, "tama")).isEqualTo("received");
        assertThat(onward.getString("status")).isEqualTo("routed");
        assertThat(ok(jst.get(API + "/inquiries/" + ref)).getString("reference")).as("still visible").isEqualTo(ref);
        assertThat(jst.postJson(API + "/inquiries/" + ref + "/messages", "{\"kind\":\"note\",\"text\":\"x\"}")
                .statusCode()).as("no longer holds it").isEqualTo(403);

        String tamaUser = subject(Tokens.accessToken(DemoUser.MEMBER_STAFF));
        assertThat(errors(tama.putBytes(API + "/inquiries/" + ref + "/referrals/tama/assignee", "application/json",
                "{\"userId\":\"someone-else\"}".getBytes())).keySet()).containsExactly("userId");
        JsonObject assigned = ok(tama.putBytes(API + "/inquiries/" + ref + "/referrals/tama/assignee",
                "application/json", ("{\"userId\":\"" + tamaUser + "\"}").getBytes()));
        assertThat(assigned.getJsonArray("referrals").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("organizationId").equals("tama")).findFirst().orElseThrow()
                .getString("assigneeUserId")).isEqualTo(tamaUser);
        assertThat(references(ok(tama.get(API + "/inquiries?assignee=me&limit=100")))).contains(ref);
        assertThat(references(ok(as(DemoUser.MEMBER_ADMIN).get(API + "/inquiries?assignee=me&limit=100"))))
                .doesNotContain(ref);
        assertThat(as(DemoUser.OTHER_MEMBER_STAFF).get(API + "/inquiries/" + ref).body())
                .doesNotContain(tamaUser, "TAMA knows local funds", "referred");

        JsonObject handedBack = ok(tama.postJson(API + "/inquiries/" + ref + "/referrals/tama/hand-back",
                "{\"note\":\"not our region\"}"));
        assertThat(status(handedBack, "tama")).isEqualTo("handed-back");
        assertThat(handedBack.getString("status")).as("nobody holds it").isEqualTo("new");
        assertThat(references(ok(secretariat.get(API + "/inquiries?status=new&limit=100")))).contains(ref);
        assertThat(ok(tama.get(API + "/inquiries/" + ref)).getString("status")).isEqualTo("new");
        assertThat(tama.postJson(API + "/inquiries/" + ref + "/referrals/tama/accept", "").statusCode())
                .isEqualTo(409);
    }

    @Test
    void theMemberAdminAssignsAColleagueWhoIsMailedInTheirLanguageWhileStaffAssignOnlyThemselves() throws Exception {
        String ref = asked(as(DemoUser.OTHER_MEMBER_STAFF), inquiry("担当の相談 " + RUN, "担当者を決めてください"))
                .getString("reference");
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        PortalClient admin = as(DemoUser.MEMBER_ADMIN);
        PortalClient staff = as(DemoUser.MEMBER_STAFF);
        ok(secretariat.postJson(API + "/inquiries/" + ref + "/referrals", "{\"organizations\":[\"tama\"]}"));
        String staffUser = subject(Tokens.accessToken(DemoUser.MEMBER_STAFF));
        String adminUser = subject(Tokens.accessToken(DemoUser.MEMBER_ADMIN));
        String askerUser = subject(Tokens.accessToken(DemoUser.OTHER_MEMBER_STAFF));

        String assignable = API + "/inquiries/" + ref + "/referrals/tama/assignable";
        assertThat(userIds(admin.get(assignable))).contains(staffUser, adminUser).doesNotContain(askerUser);
        assertThat(userIds(secretariat.get(assignable))).contains(staffUser, adminUser);
        assertThat(userIds(staff.get(assignable))).as("only themself").containsExactly(staffUser);
        assertThat(as(DemoUser.OTHER_MEMBER_STAFF).get(assignable).statusCode()).as("the asker").isEqualTo(404);
        assertThat(as(DemoUser.STEERING_AGENCY).get(assignable).statusCode()).as("not routed to JST")
                .isEqualTo(404);

        String assignee = API + "/inquiries/" + ref + "/referrals/tama/assignee";
        assertThat(errors(staff.putBytes(assignee, "application/json", userId(adminUser))).keySet())
                .as("staff may not assign their admin").containsExactly("userId");
        assertThat(errors(admin.putBytes(assignee, "application/json", userId(askerUser))).keySet())
                .as("not a person of TAMA").containsExactly("userId");
        JsonObject assigned = ok(admin.putBytes(assignee, "application/json", userId(staffUser)));
        JsonObject tamaReferral = assigned.getJsonArray("referrals").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("organizationId").equals("tama")).findFirst().orElseThrow();
        assertThat(tamaReferral.getString("assigneeUserId")).isEqualTo(staffUser);
        assertThat(tamaReferral.getString("assigneeName")).isNotBlank();
        assertThat(references(ok(staff.get(API + "/inquiries?assignee=me&limit=100")))).contains(ref);

        Await.until("the assignee's mail", Duration.ofSeconds(30),
                () -> !mailsAbout(ref, "staff@tama.example").isEmpty());
        MimeMessage mail = mailsAbout(ref, "staff@tama.example").getFirst();
        assertThat(mail.getSubject()).as("tama.staff reads Japanese").isEqualTo("お問い合わせの担当になりました（" + ref + "）");
        assertThat(text(mail)).contains("担当の相談 " + RUN, "/p/inquiries/desk?ref=" + ref);

        ok(staff.putBytes(assignee, "application/json", "{\"userId\":null}".getBytes()));
        ok(secretariat.putBytes(assignee, "application/json", userId(adminUser)));
        Await.until("the admin's mail", Duration.ofSeconds(30), () -> !mailsAbout(ref, "admin@tama.example").isEmpty());
        assertThat(mailsAbout(ref, "staff@tama.example")).as("one mail per assignment").hasSize(1);
    }

    @Test
    void theStaffSeeWhereEachCaseStandsAgainstTheServiceLevelsAndNarrowTheQueueToThoseAtRisk() {
        String ref = asked(as(DemoUser.OTHER_MEMBER_STAFF), inquiry("期限の相談 " + RUN, "期限を確認します"))
                .getString("reference");
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonObject staffView = ok(secretariat.get(API + "/inquiries/" + ref));
        assertThat(staffView.getJsonObject("firstResponseState").getString("code")).as("just asked")
                .isEqualTo("on-time");
        assertThat(staffView.getJsonObject("resolutionState").getString("code")).isEqualTo("on-time");
        JsonObject item = ok(secretariat.get(API + "/inquiries?q=" + ref)).getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("reference")).isEqualTo(ref);
        assertThat(item.getJsonObject("firstResponseState").getString("code")).isEqualTo("on-time");
        assertThat(item.getJsonObject("resolutionState").getString("label")).isIn("期限内", "On time");
        assertThat(references(ok(secretariat.get(API + "/inquiries?sla=overdue&limit=100")))).doesNotContain(ref);
        assertThat(references(ok(secretariat.get(API + "/inquiries?sla=due-soon&limit=100")))).doesNotContain(ref);
        assertThat(errors(secretariat.get(API + "/inquiries?sla=late")).keySet()).containsExactly("sla");
        assertThat(ok(as(DemoUser.OTHER_MEMBER_STAFF).get(API + "/inquiries/" + ref)).containsKey("firstResponseState"))
                .as("the asker's view has no service levels").isFalse();
    }

    private static byte[] userId(String userId) {
        return ("{\"userId\":\"" + userId + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> userIds(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(response)).stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("userId")).toList();
    }

    /** @return the mails to an address whose subject names the reference */
    private static List<MimeMessage> mailsAbout(String ref, String address) {
        return MailCatcher.messagesTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains(ref);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String status(JsonObject inquiry, String organization) {
        return inquiry.getJsonArray("referrals").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("organizationId").equals(organization)).findFirst().orElseThrow()
                .getString("status");
    }

    /** @return the user id ({@code sub}) of an access token */
    private static String subject(String accessToken) {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]),
                StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject().getString("sub");
        }
    }

    private static List<String> kinds(JsonObject inquiry) {
        return inquiry.getJsonArray("messages").stream().map(m -> ((JsonObject) m).getString("kind")).toList();
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(i -> i.getString("reference"))
                .toList();
    }
}
