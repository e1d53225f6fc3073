package jp.innovationnet.portal.it.membership;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
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
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RealmAdmin;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.membership.MembershipFixtures.application;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.errors;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.fillIn;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.formToken;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.putJson;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.send;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.someAddress;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.submit;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.unique;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public membership application and its review: from the anonymous form through questions and answers to
 * admission, suspension and withdrawal, with the applicant's mail in their language; and the form's protections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class MembershipApplicationIT {

    private static final Duration MAIL = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void fromApplicationToWithdrawalEveryStepIsMailedDatedAndKept() throws Exception {
        String name = unique("lifecycle");
        String email = name + "@applicant.example";
        String token = formToken();
        fillIn();
        HttpResponse<String> submitted = submit(application(token, "財団法人 ライフサイクル振興 " + name,
                "Lifecycle Promotion " + name, email, "en"), someAddress());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonObject receipt = (JsonObject) PortalClient.json(submitted);
        String reference = receipt.getString("reference");
        String link = receipt.getString("accessToken");
        assertThat(link).hasSizeGreaterThanOrEqualTo(43);
        assertThat(receipt.getString("status")).isEqualTo("applied");

        MimeMessage confirmation = MailCatcher.awaitMessageTo(email, MAIL);
        assertThat(confirmation.getSubject()).contains("received your application").contains(reference);
        assertThat(String.valueOf(confirmation.getContent())).contains("/apply/" + link);
        assertThat(receipt.getString("link")).endsWith("/apply/" + link);
        assertThat(confirmation.getContentLanguage()).containsExactly("en");

        JsonObject pending = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/applications"));
        assertThat(pending.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("reference")).isEqualTo(reference));
        JsonObject read = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/applications/" + reference));
        String organization = read.getJsonObject("organization").getString("id");
        assertThat(organization).startsWith("lifecycle-promotion-");
        assertThat(read.getJsonObject("organization").getString("membershipClass")).isEqualTo("supporting");
        assertThat(read.getJsonObject("organization").getJsonObject("profile").getString("postalCode"))
                .isEqualTo("100-0005");

        assertThat(step(reference, "approval", null).statusCode()).as("not yet under review").isEqualTo(409);
        assertThat(step(reference, "review", null).statusCode()).isEqualTo(200);
        HttpResponse<String> noQuestion = step(reference, "information-requests", "{\"text\":\"  \"}");
        assertThat(errors(noQuestion).keySet()).containsExactly("text");
        assertThat(step(reference, "information-requests", "{\"text\":\"Please send your articles of association.\"}")
                .statusCode()).isEqualTo(200);
        Await.until("the question by mail", MAIL, () -> MailCatcher.messagesTo(email).size() >= 2);
        MimeMessage question = MailCatcher.messagesTo(email).get(1);
        assertThat(question.getSubject()).contains("More information needed");
        assertThat(String.valueOf(question.getContent())).contains("articles of association");

        JsonObject asked = (JsonObject) PortalClient.json(send("GET", "/api/public/applications/" + link, null,
                Map.of()));
        assertThat(asked.getString("status")).isEqualTo("information-requested");
        assertThat(asked.getJsonArray("messages").getJsonObject(0).getString("author")).isEqualTo("secretariat");
        HttpResponse<String> answered = send("POST", "/api/public/applications/" + link + "/answers",
                "{\"text\":\"Attached to our website: https://www.example.jp/about\"}",
                Map.of("X-Forwarded-For", someAddress()));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(answered)).getString("status")).isEqualTo("under-review");
        assertThat(send("POST", "/api/public/applications/" + link + "/answers", "{\"text\":\"again\"}",
                Map.of("X-Forwarded-For", someAddress())).statusCode()).as("no open question").isEqualTo(409);

        HttpResponse<String> approved = step(reference, "approval", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(approved)).getString("status")).isEqualTo("active");
        Await.until("the new member's organization in Keycloak", Duration.ofSeconds(60),
                () -> RealmAdmin.organization(organization).isPresent());
        Await.until("the approval by mail", MAIL, () -> MailCatcher.messagesTo(email).stream()
                .anyMatch(m -> subject(m).contains("approved")));
        // the identity sync creates the organization in Keycloak and Keycloak invites the first administrator
        Await.until("Keycloak's invitation of the first administrator", MAIL, () -> MailCatcher.messagesTo(email)
                .stream().anyMatch(m -> text(m).contains("/realms/innovation-net/")));
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/organizations/" + organization).statusCode())
                .as("a member now: in everybody's view").isEqualTo(200);

        for (String[] change : new String[][] {{"suspended", "dues unpaid"}, {"active", "dues paid"},
                {"withdrawn", "left the network"}}) {
            assertThat(putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + organization + "/status",
                    "{\"status\":\"%s\",\"reason\":\"%s\"}".formatted(change[0], change[1])).statusCode())
                    .isEqualTo(200);
        }
        JsonArray history = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/organizations/" + organization + "/history"));
        assertThat(history.getValuesAs(JsonObject.class)).extracting(t -> t.getString("to")).containsExactly(
                "applied", "under-review", "information-requested", "under-review", "active", "suspended", "active",
                "withdrawn");
        assertThat(history.getJsonObject(0).getString("actorName")).isEqualTo("applicant " + reference);
        assertThat(history.getJsonObject(2).getString("reason")).contains("articles of association");
        assertThat(history.getJsonObject(4).getString("actorName")).isEqualTo("jilc.secretariat");

        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=organization&targetId=" + organization + "&size=50"));
        assertThat(audit).hasSize(8);
    }

    @Test
    void aRejectionNeedsAReasonWhichTheApplicantIsToldInJapanese() throws Exception {
        String name = unique("rejected");
        String email = name + "@applicant.example";
        String token = formToken();
        fillIn();
        HttpResponse<String> submitted = submit(application(token, "不承認テスト機構 " + name, "Rejected " + name,
                email, "ja"), someAddress());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ((JsonObject) PortalClient.json(submitted)).getString("reference");
        String link = ((JsonObject) PortalClient.json(submitted)).getString("accessToken");
        assertThat(MailCatcher.awaitMessageTo(email, MAIL).getSubject()).contains("入会申込を受け付けました");

        assertThat(errors(step(reference, "rejection", "{}")).keySet()).containsExactly("text");
        assertThat(step(reference, "rejection", "{\"text\":\"活動地域が対象外のため\"}").statusCode()).isEqualTo(200);
        Await.until("the rejection by mail", MAIL, () -> MailCatcher.messagesTo(email).size() >= 2);
        MimeMessage rejection = MailCatcher.messagesTo(email).get(1);
        assertThat(rejection.getSubject()).contains("審査結果");
        assertThat(String.valueOf(rejection.getContent())).contains("活動地域が対象外のため");
        JsonObject seen = (JsonObject) PortalClient.json(send("GET", "/api/public/applications/" + link, null,
                Map.of()));
        assertThat(seen.getString("status")).isEqualTo("rejected");
        assertThat(seen.getString("reason")).isEqualTo("活動地域が対象外のため");
        assertThat(step(reference, "approval", null).statusCode()).as("rejection is final").isEqualTo(409);
    }

    @Test
    void thePublicPathNeedsNoLoginAndIgnoresAStrayTokenWhileReviewStaysTheSecretariats() {
        assertThat(send("GET", "/api/public/applications/form-token", null,
                Map.of("Authorization", "Bearer not-a-token")).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/public/applications/form-token", null, Map.of()).headers()
                .firstValue("Cache-Control")).hasValue("no-store");
        assertThat(send("GET", "/api/public/applications/" + "x".repeat(43), null, Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/applications", null, Map.of()).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/applications", null, Map.of("Authorization", "Bearer not-a-token"))
                .statusCode()).isEqualTo(401);
        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.COORDINATOR,
                DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            assertThat(as(user).get("/api/applications").statusCode()).as(user.username()).isEqualTo(403);
            assertThat(as(user).postJson("/api/applications/A0000000/approval", "{}").statusCode())
                    .as(user.username()).isEqualTo(403);
        }
        assertThat(as(DemoUser.SECRETARIAT).postJson("/api/applications/A0000000/approval", "{}").statusCode())
                .isEqualTo(404);
        assertThat(errors(as(DemoUser.SECRETARIAT).get("/api/applications?status=pending")).keySet())
                .containsExactly("status");
    }

    @Test
    void spamIsTurnedAway() {
        String address = someAddress();
        String name = unique("spam");
        String tooFast = formToken();
        HttpResponse<String> fast = submit(application(tooFast, "速すぎ " + name, "Too fast " + name,
                name + "@spam.example", "ja"), address);
        assertThat(errors(fast).getString("formToken")).contains("too soon");

        String token = formToken();
        fillIn();
        HttpResponse<String> honeypot = submit(application(token, "蜜壺 " + name, "Honeypot " + name,
                name + "@spam.example", "ja").replace("\"confirmEmail\":\"\"", "\"confirmEmail\":\"bot@spam.example\""),
                someAddress());
        assertThat(errors(honeypot).keySet()).containsExactly("confirmEmail");
        HttpResponse<String> forged = submit(application(token.substring(0, token.length() - 4) + "AAAA",
                "偽造 " + name, "Forged " + name, name + "@spam.example", "ja"), someAddress());
        assertThat(errors(forged).keySet()).containsExactly("formToken");
        HttpResponse<String> missing = submit(application("", "無 " + name, "None " + name,
                name + "@spam.example", "ja"), someAddress());
        assertThat(errors(missing).keySet()).containsExactly("formToken");

        HttpResponse<String> huge = submit(application(token, "大 " + name, "Huge " + name, name + "@spam.example",
                "ja").replace("入会を希望します。", "あ".repeat(30_000)), someAddress());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(submit(application(token, "一度だけ " + name, "Once " + name, name + "@spam.example", "ja"),
                someAddress()).statusCode()).isEqualTo(201);
        HttpResponse<String> replay = submit(application(token, "二度目 " + name, "Twice " + name,
                name + "@spam.example", "ja"), someAddress());
        assertThat(errors(replay).getString("formToken")).contains("used already");
    }

    @Test
    void aFloodFromOneAddressGets429WithRetryAfter() {
        String address = someAddress();
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = submit("{\"formToken\":\"x\"}", address);
            if (last.statusCode() == 400) {
                accepted++;
            }
        }
        assertThat(accepted).as("the first five attempts an hour are heard (and refused for their token)")
                .isEqualTo(5);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(submit("{\"formToken\":\"x\"}", someAddress()).statusCode()).as("another address")
                .isEqualTo(400);
    }

    @Test
    void aDuplicateNameIsRefusedHoweverItIsWritten() {
        String name = unique("dup");
        String token = formToken();
        fillIn();
        assertThat(submit(application(token, "財団法人 ﾃｸﾉﾎﾟｰﾄ振興会 " + name, "Technoport " + name,
                name + "@dup.example", "ja"), someAddress()).statusCode()).isEqualTo(201);
        String again = formToken();
        fillIn();
        HttpResponse<String> duplicate = submit(application(again, "テクノポート振興会" + name.toUpperCase(),
                "Technoport again " + name, name + "@dup.example", "ja"), someAddress());
        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(409);
        assertThat(errors(duplicate).keySet()).containsExactly("organization.nameJa");
        MembershipFixtures.registerMember(name, "公益財団法人 重複検知テクノ財団 " + name);
        HttpResponse<String> member = submit(application(again, "（財）重複検知ﾃｸﾉ財団" + name, "Member again " + name,
                name + "@dup.example", "ja"), someAddress());
        assertThat(member.statusCode()).as("a registered member's name, another legal form, half-width kana")
                .isEqualTo(409);
        assertThat(errors(member).keySet()).containsExactly("organization.nameJa");
    }

    @Test
    void anApplicationWithOneBadContactWritesNothing() {
        String name = unique("nothing");
        String token = formToken();
        fillIn();
        HttpResponse<String> invalid = submit(application(token, "何も書かれない " + name, "Nothing " + name,
                name + "@nothing.example", "ja").replace("jiro@example.jp", "jiro at example"), someAddress());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(errors(invalid).keySet()).containsExactly("organization.contacts[1].email");
        HttpResponse<String> missing = submit(application(token, "", "Nothing " + name, "not-an-address", "fr")
                .replace("\"supporting\"", "\"gold\""), someAddress());
        assertThat(errors(missing).keySet()).contains("applicant.email", "applicant.language", "membershipClass",
                "organization.nameJa", "organization.contacts[0].email");

        assertThat(as(DemoUser.SECRETARIAT).get("/api/applications?status=applied,under-review,rejected&size=200")
                .body()).doesNotContain(name);
        assertThat(as(DemoUser.SECRETARIAT).get("/api/organizations?status=applied&size=200").body())
                .doesNotContain(name);
        assertThat(MailCatcher.messagesTo(name + "@nothing.example")).isEmpty();
        assertThat(submit(application(token, "何も書かれない " + name, "Nothing " + name, name + "@nothing.example",
                "ja"), someAddress()).statusCode()).as("the form token was not used up").isEqualTo(201);
    }

    private static HttpResponse<String> step(String reference, String step, String json) {
        return as(DemoUser.SECRETARIAT).postJson("/api/applications/" + reference + "/" + step,
                json == null ? "" : json);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the message's text, the parts of a multipart message joined */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(multipart.getBodyPart(i).getContent());
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
