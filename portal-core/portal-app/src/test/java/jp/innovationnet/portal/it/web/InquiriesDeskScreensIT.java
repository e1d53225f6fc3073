package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import jp.innovationnet.portal.it.plugin.InquiriesFixture;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The inquiry desk's screens for staff in a real browser: a visitor's inquiry (in English) reaches the secretariat's
 * queue, which filters by topic and keyword in a bookmarkable address; the secretariat opens the case and routes it
 * with the routing rules' suggestion (TAMA, preselected); TAMA's staff finds it in their queue, accepts it, assigns
 * themself, writes an internal note and a reply with a canned reply inserted in the inquiry's language; an acceptance
 * made meanwhile elsewhere is said as a concurrent change with a button to reload; another member's staff sees
 * neither the item nor the case; the secretariat edits a routing rule and a canned reply. Every screen passes axe, in
 * Japanese and English, at 390 and 1280 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class InquiriesDeskScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
            + ThreadLocalRandom.current().nextInt(100);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JSON = "application/json";
    private static final String DESK = "/p/inquiries/desk";
    private static final String CASE = "/p/inquiries/desk-case?ref=";
    private static final String RULES = "/p/inquiries/desk-rules";
    private static final String REPLIES = "/p/inquiries/desk-replies";

    /** The rule that suggests TAMA for partner searches in Kanto. */
    private static long ruleId;
    /** The canned replies the tests made, removed after them. */
    private static final List<Long> REPLIES_MADE = new CopyOnWriteArrayList<>();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installWithARule() {
        InquiriesFixture.install();
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonArray rules = (JsonArray) PortalClient.json(secretariat.get(API + "/routing-rules"));
        ruleId = rules.getValuesAs(JsonObject.class).stream()
                .filter(r -> "partner-search".equals(r.getString("topic", null))
                        && "Kanto".equals(r.getString("region", null))
                        && "tama".equals(r.getJsonObject("organization").getString("id")))
                .mapToLong(r -> r.getJsonNumber("id").longValue()).findFirst()
                .orElseGet(() -> {
                    HttpResponse<String> added = secretariat.postJson(API + "/routing-rules", Json.createObjectBuilder()
                            .add("topic", "partner-search").add("region", "Kanto").add("organizationId", "tama")
                            .build().toString());
                    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
                    return ((JsonObject) PortalClient.json(added)).getJsonNumber("id").longValue();
                });
    }

    @AfterAll
    static void removeTheRuleAndTheReplies() {
        as(DemoUser.SECRETARIAT).delete(API + "/routing-rules/" + ruleId);
        REPLIES_MADE.forEach(id -> as(DemoUser.SECRETARIAT).delete(API + "/canned-replies/" + id));
    }

    @Test
    void theSecretariatRoutesWithTheSuggestionAndTheReceiverWorksTheCase() throws Exception {
        String token = "M" + RUN;
        String subject = "Looking for a machining partner " + token;
        String reference = visitorAsks(subject);
        cannedReply("Partner introduction " + token);

        try (Chromium secretariat = Chromium.open(portal(), "ja", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT);
            secretariat.find(".site-nav a[href='" + DESK + "']").click();
            secretariat.awaitScreen();
            assertThat(secretariat.heading()).isEqualTo("問い合わせ窓口");
            new Select(secretariat.find("#desk-topic")).selectByValue("partner-search");
            secretariat.type("#desk-q", token);
            secretariat.find("form.desk-filters button[type=submit]").click();
            secretariat.waiting(WAIT).until(d -> d.getCurrentUrl().contains("topic=partner-search"));
            assertThat(secretariat.driver().getCurrentUrl()).as("the filters are in the address")
                    .contains("q=" + token);
            // the unfiltered queue may still be showing the same item: wait for the filtered one alone
            secretariat.waiting(WAIT).until(d -> d.findElements(By.cssSelector("li.desk-item")).stream()
                    .map(e -> e.getDomAttribute("data-reference")).toList().equals(List.of(reference)));
            assertThat(secretariat.find("li[data-reference='" + reference + "']").getText())
                    .contains(subject).contains("連携先探し").contains("関東").contains("新規").contains("未振り分け")
                    .containsPattern("初回回答: (期限内|期限間近)");
            secretariat.screenshot("inquiries-desk-queue-ja-1280").assertAccessible();

            secretariat.visit(DESK + "?topic=partner-search&q=" + token);
            assertThat(new Select(secretariat.find("#desk-topic")).getFirstSelectedOption().getDomProperty("value"))
                    .as("a bookmarked address fills the filters").isEqualTo("partner-search");

            secretariat.find("li[data-reference='" + reference + "'] a").click();
            secretariat.waiting(WAIT).until(d -> subject.equals(d.findElement(By.cssSelector("main h1")).getText()));
            assertThat(secretariat.find(".desk-case-facts").getText()).contains(reference).contains("英語")
                    .contains("Visitor " + RUN);
            assertThat(secretariat.find(".desk-route [data-suggestion]").getDomAttribute("data-suggestion"))
                    .isEqualTo("tama");
            secretariat.find(".organization-chosen li[data-organization='tama']");
            secretariat.screenshot("inquiries-desk-case-ja-1280").assertAccessible();
            secretariat.type("#desk-route-note", "製造業の連携先をご紹介ください。");
            secretariat.find("button[data-action='route']").click();
            awaitNotice(secretariat, "振り分けました。");
            assertThat(secretariat.find("li.desk-referral[data-organization='tama']").getText()).contains("受付待ち");
        }
        assertThat(staffView(DemoUser.SECRETARIAT, reference).getString("status")).isEqualTo("routed");

        try (Chromium receiver = Chromium.open(portal(), "en", 390)) {
            receiver.logIn(DemoUser.MEMBER_STAFF).visit(DESK + "?q=" + RUN);
            assertThat(receiver.heading()).isEqualTo("Inquiry desk");
            assertThat(receiver.find("li[data-reference='" + reference + "']").getText())
                    .contains("Routed").contains("Unassigned");
            receiver.screenshot("inquiries-desk-queue-en-390").assertAccessible();
            receiver.find("li[data-reference='" + reference + "'] a").click();
            receiver.waiting(WAIT).until(d -> subject.equals(d.findElement(By.cssSelector("main h1")).getText()));
            receiver.screenshot("inquiries-desk-case-en-390").assertAccessible();

            receiver.find("button[data-action='accept']").click();
            awaitNotice(receiver, "Accepted.");
            receiver.find("button[data-action='assign-self']").click();
            awaitNotice(receiver, "is now the assignee.");
            assertThat(receiver.find("li.desk-referral[data-organization='tama']").getText()).contains("Accepted")
                    .doesNotContain("Unassigned");

            receiver.find("label[for='desk-kind-note']").click();
            receiver.type("#desk-text", "Checked our member list " + RUN);
            receiver.find("button[data-action='send']").click();
            awaitNotice(receiver, "The internal note has been saved.");
            assertThat(receiver.find("li[data-kind='note']").getText())
                    .contains("Internal note (the asker does not see it)").contains("Checked our member list " + RUN);

            new Select(receiver.find("#desk-canned")).selectByVisibleText("Partner introduction " + token);
            receiver.find("button[data-action='insert-canned']").click();
            assertThat(receiver.find("#desk-text").getDomProperty("value"))
                    .as("the canned reply in the inquiry's language")
                    .isEqualTo("We know partners to introduce to you.");
            receiver.find("button[data-action='send']").click();
            awaitNotice(receiver, "The reply has been sent.");
            assertThat(receiver.find("li[data-kind='reply']").getText())
                    .contains("We know partners to introduce to you.");
            receiver.screenshot("inquiries-desk-case-worked-en-390").assertAccessible();
        }
        JsonObject worked = staffView(DemoUser.SECRETARIAT, reference);
        assertThat(worked.getString("status")).isEqualTo("answered");
        JsonObject referral = worked.getJsonArray("referrals").getJsonObject(0);
        assertThat(referral.getString("organizationId")).isEqualTo("tama");
        assertThat(referral.getString("assigneeName", "")).isNotBlank();
        assertThat(worked.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("kind")).toList()).containsExactly("question", "note", "reply");

        try (Chromium receiver = Chromium.open(portal(), "ja", 1280)) {
            receiver.logIn(DemoUser.MEMBER_STAFF);
            String panel = ".dashboard section.panel[aria-labelledby='section-inquiries-home-desk']";
            assertThat(receiver.find(panel + " h2").getText()).as("the home page's panel of the desk")
                    .isEqualTo("自分が担当する問い合わせ");
            List<String> links = receiver.driver().findElements(By.cssSelector(panel + " .panel-list a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            assertThat(links).as("at most five, each opening its case").isNotEmpty().hasSizeLessThanOrEqualTo(5)
                    .allMatch(href -> href.startsWith(CASE));
            receiver.assertAccessible();
        }

        try (Chromium other = Chromium.open(portal(), "ja", 390)) {
            other.logIn(DemoUser.OTHER_MEMBER_STAFF).visit(DESK + "?q=" + RUN);
            assertThat(other.find(".desk-count").getText()).isEqualTo("該当する問い合わせはありません。");
            assertThat(other.driver().findElements(By.cssSelector("li[data-reference]"))).isEmpty();
            other.screenshot("inquiries-desk-queue-ja-390").assertAccessible();
            other.visit(CASE + reference);
            assertThat(other.find("main [role=alert]").getText()).isEqualTo("この問い合わせは見つからないか、閲覧できません。");
            assertThat(other.driver().findElements(By.cssSelector(".desk-thread"))).isEmpty();
            other.assertAccessible();
        }
        assertThat(as(DemoUser.OTHER_MEMBER_STAFF).get(API + "/inquiries/" + reference).statusCode()).isEqualTo(404);
    }

    @Test
    void anAcceptanceMadeMeanwhileIsSaidAsAConcurrentChangeWithAReload() throws Exception {
        String reference = visitorAsks("Partner wanted C" + RUN);
        ok(as(DemoUser.SECRETARIAT).postJson(API + "/inquiries/" + reference + "/referrals",
                "{\"organizations\":[\"tama\"]}"));
        try (Chromium receiver = Chromium.open(portal(), "ja", 1280)) {
            receiver.logIn(DemoUser.MEMBER_STAFF).visit(CASE + reference);
            receiver.find("button[data-action='accept']");
            ok(as(DemoUser.MEMBER_ADMIN).postJson(API + "/inquiries/" + reference + "/referrals/tama/accept", ""));
            receiver.find("button[data-action='accept']").click();
            receiver.waiting(WAIT).until(d -> d.findElements(By.cssSelector(".notice-error")).stream()
                    .anyMatch(e -> e.getText().contains("他の人が先に変更しました")));
            receiver.assertAccessible();
            receiver.find(".notice-error button").click();
            receiver.waiting(WAIT).until(d -> d.findElements(By.cssSelector("button[data-action='accept']")).isEmpty());
            assertThat(receiver.find("li.desk-referral[data-organization='tama']").getText()).contains("受付済み");
        }
    }

    @Test
    void theSecretariatEditsARoutingRuleAndACannedReply() {
        long replyId = cannedReply("Partner introduction E" + RUN);
        try (Chromium secretariat = Chromium.open(portal(), "en", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT).visit(RULES);
            assertThat(secretariat.heading()).isEqualTo("Routing rules");
            secretariat.find("tr[data-id='" + ruleId + "'] button[data-action='edit']").click();
            secretariat.find("form.desk-editor[data-editing='" + ruleId + "']");
            secretariat.type("#rule-organization", "no-such-organization");
            secretariat.find("form.desk-editor button[type=submit]").click();
            secretariat.find("#rule-organization[aria-invalid='true']");
            assertThat(secretariat.find("#rule-organization-error").getText()).isNotBlank();
            assertThat(secretariat.find("form.desk-editor .form-errors [role=alert]").getText())
                    .isEqualTo("Some fields need correcting: see the messages at the fields.");
            secretariat.assertAccessible();
            secretariat.type("#rule-organization", "tama");
            secretariat.type("#rule-position", "7");
            secretariat.find("form.desk-editor button[type=submit]").click();
            awaitNotice(secretariat, "Saved.");
            assertThat(secretariat.find("tr[data-id='" + ruleId + "']").getText()).contains("Partner search")
                    .contains("Kanto").contains("(tama)").contains("7");
            secretariat.screenshot("inquiries-desk-rules-en-1280").assertAccessible();

            secretariat.visit(REPLIES);
            assertThat(secretariat.heading()).isEqualTo("Canned replies");
            secretariat.find("tr[data-id='" + replyId + "'] button[data-action='edit']").click();
            secretariat.find("form.desk-editor[data-editing='" + replyId + "']");
            secretariat.type("#reply-title-en", "Partners we know " + RUN);
            secretariat.type("#reply-text-ja", "ご紹介できる連携先が見つかりました。");
            secretariat.find("form.desk-editor button[type=submit]").click();
            awaitNotice(secretariat, "Saved.");
            assertThat(secretariat.find("tr[data-id='" + replyId + "']").getText()).contains("Partners we know " + RUN)
                    .contains("ご紹介できる連携先が見つかりました。");
            secretariat.screenshot("inquiries-desk-replies-en-1280").assertAccessible();
        }
        JsonObject rule = ((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get(API + "/routing-rules")))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == ruleId)
                .findFirst().orElseThrow();
        assertThat(rule.getInt("position")).isEqualTo(7);
        JsonObject reply = ok(as(DemoUser.SECRETARIAT).get(API + "/canned-replies/" + replyId));
        assertThat(reply.getString("titleEn")).isEqualTo("Partners we know " + RUN);
        assertThat(reply.getString("titleJa")).isEqualTo("連携先のご案内");
    }

    /** Every desk screen in both languages, on a phone and a desktop, passes axe; receivers get no settings. */
    @Test
    void everyScreenIsAccessibleInBothLanguagesAtBothWidths() {
        for (String language : List.of("ja", "en")) {
            for (int width : List.of(390, 1280)) {
                try (Chromium secretariat = Chromium.open(portal(), language, width)) {
                    secretariat.logIn(DemoUser.SECRETARIAT);
                    for (String screen : List.of(DESK, CASE, RULES, REPLIES)) {
                        secretariat.visit(screen);
                        String name = screen.replaceAll(".*/|\\?.*", "");
                        secretariat.screenshot("inquiries-screen-" + name + "-" + language + "-" + width)
                                .assertAccessible();
                    }
                }
            }
        }
        try (Chromium receiver = Chromium.open(portal(), "ja", 1280)) {
            receiver.logIn(DemoUser.MEMBER_STAFF);
            assertThat(receiver.driver().findElements(By.cssSelector(".site-nav a[href='" + DESK + "']"))).hasSize(1);
            assertThat(receiver.driver().findElements(By.cssSelector(".site-nav a[href='" + RULES + "']"))).isEmpty();
            receiver.visit(RULES);
            assertThat(receiver.heading()).isEqualTo("ページが見つかりません");
        }
        assertThat(as(DemoUser.MEMBER_STAFF).get(API + "/routing-rules").statusCode()).isEqualTo(403);
    }

    /** @return the reference of an inquiry a visitor sends in English through the public form */
    private static String visitorAsks(String subject) throws InterruptedException {
        HttpResponse<String> created = InquiriesFixture.visitorAsks(InquiriesFixture
                        .inquiry(subject, "We make precision parts and look for a partner in Kanto.")
                        .add("topic", "partner-search"),
                "Visitor " + RUN, "visitor-" + RUN + "@example.org");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((JsonObject) PortalClient.json(created)).getString("reference");
    }

    /** @return the id of a new canned reply for partner searches, with this English title */
    private static long cannedReply(String titleEn) {
        HttpResponse<String> reply = as(DemoUser.SECRETARIAT).postJson(API + "/canned-replies",
                Json.createObjectBuilder().add("topic", "partner-search").add("titleJa", "連携先のご案内")
                        .add("titleEn", titleEn).add("textJa", "ご紹介できる連携先があります。")
                        .add("textEn", "We know partners to introduce to you.")
                        .build().toString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        long id = ((JsonObject) PortalClient.json(reply)).getJsonNumber("id").longValue();
        REPLIES_MADE.add(id);
        return id;
    }

    private static JsonObject staffView(DemoUser user, String reference) {
        return ok(as(user).get(API + "/inquiries/" + URLEncoder.encode(reference, StandardCharsets.UTF_8)));
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    private static void awaitNotice(Chromium browser, String text) {
        // the case is drawn again after an action: an earlier notice may go stale while it is read
        browser.waiting(WAIT).until(d ->
                d.findElements(By.cssSelector(".notice")).stream().anyMatch(e -> e.getText().contains(text)));
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("class"))
                .as("focus on the outcome").contains("notice");
    }
}
