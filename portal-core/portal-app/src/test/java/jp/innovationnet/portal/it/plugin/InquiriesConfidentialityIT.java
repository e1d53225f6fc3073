package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

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
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.anonymous;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.asked;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.errors;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.files;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.mailedToken;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.pdf;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.visitorAsks;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may and who may not, against every inquiry route: every demo user and a visitor, for an inquiry routed to TAMA
 * (asked by a visitor) and one asked by a Hamamatsu member and routed nowhere. Whoever an inquiry does not concern
 * gets 404 as for a reference that does not exist; guessed references and private links get 404; bad input gets 422
 * naming each field, and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesConfidentialityIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    /** Who works the inquiry routed to TAMA: the secretariat and TAMA's users. */
    private static final Set<DemoUser> ROUTED_SEES = EnumSet.of(DemoUser.SECRETARIAT, DemoUser.MEMBER_ADMIN,
            DemoUser.MEMBER_STAFF);
    /** Who sees the Hamamatsu member's own inquiry: the secretariat and the asker. */
    private static final Set<DemoUser> OWN_SEES = EnumSet.of(DemoUser.SECRETARIAT, DemoUser.OTHER_MEMBER_STAFF);

    private static String routed;
    private static String routedToken;
    private static long routedFile;
    private static String own;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void seed() throws Exception {
        InquiriesFixture.install();
        String email = "confidential-" + RUN + "@example.com";
        HttpResponse<String> submitted = visitorAsks(inquiry("Confidential " + RUN, "secret plans")
                .add("attachments", files(Map.of("plans.pdf", pdf()))), "Eve Asker", email);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        routed = ((JsonObject) PortalClient.json(submitted)).getString("reference");
        routedToken = mailedToken(email);
        ok(as(DemoUser.SECRETARIAT).postJson(API + "/inquiries/" + routed + "/referrals",
                "{\"organizations\":[\"tama\"],\"note\":\"to tama\"}"));
        ok(as(DemoUser.MEMBER_STAFF).postJson(API + "/inquiries/" + routed + "/messages",
                "{\"kind\":\"note\",\"text\":\"internal\"}"));
        routedFile = ok(as(DemoUser.SECRETARIAT).get(API + "/inquiries/" + routed)).getJsonArray("messages")
                .getJsonObject(0).getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        own = asked(as(DemoUser.OTHER_MEMBER_STAFF), inquiry("自社の相談 " + RUN, "本文")).getString("reference");
    }

    @Test
    void everyDemoUserSeesExactlyTheInquiriesThatConcernThemAndOthersGet404() {
        for (DemoUser user : DemoUser.values()) {
            PortalClient client = as(user);
            int routedStatus = client.get(API + "/inquiries/" + routed).statusCode();
            int ownStatus = client.get(API + "/inquiries/" + own).statusCode();
            int fileStatus = client.get(API + "/inquiries/" + routed + "/attachments/" + routedFile).statusCode();
            int noteStatus = client.postJson(API + "/inquiries/" + routed + "/messages",
                    "{\"kind\":\"note\",\"text\":\"probe " + user + "\"}").statusCode();
            int reopenOwnStatus = client.postJson(API + "/inquiries/" + own + "/reopen", "").statusCode();
            int acceptStatus = client.postJson(API + "/inquiries/" + own + "/referrals/tama/accept", "").statusCode();
            assertThat(routedStatus).as(user + " reads the routed inquiry").isEqualTo(ROUTED_SEES.contains(user) ? 200 : 404);
            assertThat(ownStatus).as(user + " reads the member's own inquiry").isEqualTo(OWN_SEES.contains(user) ? 200 : 404);
            assertThat(fileStatus).as(user + " downloads").isEqualTo(ROUTED_SEES.contains(user) ? 200 : 404);
            assertThat(noteStatus).as(user + " writes a note").isEqualTo(ROUTED_SEES.contains(user) ? 200 : 404);
            assertThat(reopenOwnStatus).as(user + " reopens an open inquiry: 409 for who may, 404 for the others")
                    .isEqualTo(OWN_SEES.contains(user) ? 409 : 404);
            assertThat(acceptStatus).as(user + " accepts for an organization it was not routed to: 403 without a"
                    + " staff role (the core's check), else 404").isEqualTo(user == DemoUser.OVERSEAS_PARTNER ? 403 : 404);
        }
    }

    @Test
    void theQueueIsForStaffAndHoldsOnlyWhatWasRoutedToThem() {
        for (DemoUser user : DemoUser.values()) {
            HttpResponse<String> queue = as(user).get(API + "/inquiries?limit=100");
            if (user == DemoUser.OVERSEAS_PARTNER) {
                assertThat(queue.statusCode()).as(user.toString()).isEqualTo(403);
                continue;
            }
            List<String> references = ok(queue).getJsonArray("items").stream()
                    .map(i -> i.asJsonObject().getString("reference")).toList();
            assertThat(references.contains(routed)).as(user + " queue has the routed one")
                    .isEqualTo(ROUTED_SEES.contains(user));
            assertThat(references.contains(own)).as(user + " queue has the unrouted one")
                    .isEqualTo(user == DemoUser.SECRETARIAT);
            JsonArray mine = ((JsonObject) PortalClient.json(as(user).get(API + "/mine?limit=100")))
                    .getJsonArray("items");
            assertThat(mine.stream().map(i -> i.asJsonObject().getString("reference")))
                    .as(user + " own list").doesNotContain(routed);
        }
        assertThat(anonymous("GET", API + "/inquiries", null).statusCode()).isEqualTo(401);
        assertThat(anonymous("GET", API + "/mine", null).statusCode()).isEqualTo(401);
        assertThat(anonymous("GET", API + "/inquiries/" + routed, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theAskersLinkOpensOnlyItsInquiryAndNeverTheNotesGuessesGet404() {
        HttpResponse<String> tracked = anonymous("GET", API + "/track/" + routedToken, null);
        assertThat(ok(tracked).getString("reference")).isEqualTo(routed);
        assertThat(tracked.body()).doesNotContain("internal", "to tama");
        String flipped = routedToken.substring(0, routedToken.length() - 1) + (routedToken.endsWith("A") ? "B" : "A");
        for (String guess : List.of(flipped, "AAAAAAAAAAAAAAAAAAAAAA", "short", routed)) {
            assertThat(anonymous("GET", API + "/track/" + guess, null).statusCode()).as(guess).isEqualTo(404);
            assertThat(anonymous("POST", API + "/track/" + guess + "/messages", "{\"text\":\"hi\"}").statusCode())
                    .as(guess).isEqualTo(404);
        }
        assertThat(anonymous("GET", API + "/track/" + routedToken + "/attachments/999999", null).statusCode())
                .isEqualTo(404);
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        for (String guess : List.of("Q26-0000-0000", "Q26-ZZZZ-ZZZZ", routed.toLowerCase().replace('q', 'x'),
                "1%20OR%201=1", routedToken)) {
            assertThat(secretariat.get(API + "/inquiries/" + guess).statusCode()).as(guess).isEqualTo(404);
            assertThat(as(DemoUser.MEMBER_STAFF).get(API + "/inquiries/" + guess).statusCode()).as(guess).isEqualTo(404);
        }
        assertThat(secretariat.get(API + "/inquiries/" + own + "/attachments/" + routedFile).statusCode())
                .as("another inquiry's file").isEqualTo(404);
    }

    @Test
    void badInputIs422NamingEachFieldAndNothingIsSaved() throws Exception {
        PortalClient member = as(DemoUser.COORDINATOR);
        long before = mineInAll(member);
        JsonObject named = errors(member.postJson(API + "/inquiries", """
                {"topic":"weather","region":"Mars","language":"fr","subject":"","text":"bell\\u0007"}"""));
        assertThat(named.keySet()).containsExactlyInAnyOrder("topic", "region", "language", "subject", "text");
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        JsonObject files = errors(member.postJson(API + "/inquiries", inquiry("files", "text")
                .add("attachments", InquiriesFixture.files(Map.of("invoice.pdf", executable))).build().toString()));
        assertThat(files.keySet()).containsExactly("attachments[0]");
        JsonObject disguised = errors(member.postJson(API + "/inquiries", inquiry("files", "text")
                .add("attachments", InquiriesFixture.files(Map.of("photo.png", pdf()))).build().toString()));
        assertThat(disguised.keySet()).containsExactly("attachments[0]");
        JsonObject html = errors(member.postJson(API + "/inquiries", inquiry("files", "text").add("attachments",
                InquiriesFixture.files(Map.of("page.txt", "<html><script>alert(1)</script></html>".getBytes())))
                .build().toString()));
        assertThat(html.keySet()).containsExactly("attachments[0]");
        assertThat(mineInAll(member)).isEqualTo(before);

        HttpResponse<String> visitorWithoutForm = anonymous("POST", API + "/inquiries",
                inquiry("spam", "spam").add("name", "Bot").add("email", "bot@spam.example").build().toString());
        assertThat(errors(visitorWithoutForm, 400).keySet()).as("the core's form protection").contains("formToken");
        HttpResponse<String> honeypot = visitorAsks(inquiry("spam", "spam"), "Bot", "bot@spam.example",
                "http://spam.example");
        assertThat(honeypot.statusCode()).as(honeypot.body()).isEqualTo(400);

        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonObject organizations = errors(secretariat.postJson(API + "/inquiries/" + own + "/referrals",
                "{\"organizations\":[\"jst\",\"no-such-org\",\"jst\"]}"));
        assertThat(organizations.keySet()).containsExactlyInAnyOrder("organizations[1]", "organizations[2]");
        assertThat(ok(secretariat.get(API + "/inquiries/" + own)).getJsonArray("referrals")).isEmpty();
        assertThat(errors(secretariat.postJson(API + "/inquiries/" + own + "/referrals", "{\"organizations\":[]}"))
                .keySet()).containsExactly("organizations");
        assertThat(secretariat.postJson(API + "/inquiries/" + routed + "/referrals", "{\"organizations\":[\"tama\"]}")
                .statusCode()).as("already routed there").isEqualTo(409);
        assertThat(errors(as(DemoUser.OTHER_MEMBER_STAFF).postJson(API + "/inquiries/" + own + "/messages",
                "{\"kind\":\"reply\",\"text\":\"I answer myself\"}")).keySet()).containsExactly("kind");
        assertThat(errors(secretariat.postJson(API + "/inquiries/" + routed + "/messages",
                "{\"kind\":\"shout\",\"text\":\"x\"}")).keySet()).containsExactly("kind");
        assertThat(errors(secretariat.postJson(API + "/inquiries/" + routed + "/messages",
                "{\"kind\":\"note\",\"text\":\"  \"}")).keySet()).containsExactly("text");
        assertThat(errors(secretariat.get(API + "/inquiries?status=lost&limit=1000")).keySet())
                .containsExactlyInAnyOrder("status", "limit");
        assertThat(errors(as(DemoUser.MEMBER_ADMIN).putBytes(API + "/inquiries/" + routed
                + "/referrals/tama/assignee", "application/json", "{\"userId\":\"someone-else\"}".getBytes()))
                .keySet()).containsExactly("userId");
    }

    /** @return how many inquiries the member's own list holds in all */
    private static long mineInAll(PortalClient member) {
        return ((JsonObject) PortalClient.json(member.get(API + "/mine?limit=1"))).getJsonNumber("total").longValue();
    }
}
