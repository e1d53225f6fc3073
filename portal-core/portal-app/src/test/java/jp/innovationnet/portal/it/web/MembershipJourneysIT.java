package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * Membership in the browser: a visitor applies through the public form and follows the application through the
 * private link of the confirmation mail; a member administrator edits the organization's profile and invites a
 * colleague; a staff member may not edit, and finds organizations' pages from the directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class MembershipJourneysIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String NOT_FOUND = "ページが見つかりません";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern PRIVATE_LINK = Pattern.compile("https?://\\S+?(/apply/[A-Za-z0-9_-]{20,})");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The demo users' organization, as the membership tests register it. */
    /** TAMA's profile page without any plugin's section is part of the journeys: no plugin is installed. */
    @BeforeAll
    static void tamaIsAMemberAndNoPluginIsInstalled() {
        MembershipFixtures.ensureTama();
        PluginBundles.uninstallAll(as(DemoUser.SECRETARIAT));
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    @Test
    void aVisitorAppliesAndFollowsTheApplicationThroughThePrivateLink() throws Exception {
        String email = "applicant-" + RUN + "@browser.example";
        String nameJa = "財団法人ブラウザ申込試験センター" + RUN;
        try (Chromium phone = Chromium.open(portal(), "ja", 390)) {
            phone.visit("/apply").screenshot("apply-form-phone").assertAccessible();
            assertThat(phone.heading()).isEqualTo("入会申込み");
        }
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.visit("/apply").screenshot("apply-form-en").assertAccessible();
            assertThat(browser.heading()).isEqualTo("Apply for membership");
            WebElement honeypot = browser.driver().findElement(By.name("confirmEmail"));
            assertThat(honeypot.getDomAttribute("tabindex")).as("the honeypot is out of the tab order").isEqualTo("-1");
            assertThat(honeypot.findElement(By.xpath("..")).getDomAttribute("aria-hidden")).isEqualTo("true");

            browser.type("[name='organization.nameJa']", nameJa);
            browser.type("[name='organization.nameEn']", "Browser Application Test Centre " + RUN);
            new Select(browser.find("select[name='organization.legalForm']")).selectByValue("foundation");
            new Select(browser.find("select[name='organization.prefecture']")).selectByValue("13");
            browser.type("[name='organization.postalCode']", "100-0005");
            browser.driver().findElement(By.cssSelector("input[name='organization.fields'][value='it']")).click();
            browser.driver().findElement(By.cssSelector("input[name='organization.services'][value='incubation']"))
                    .click();
            browser.type("[name='applicant.name']", "Hanako Browser");
            browser.type("[name='applicant.email']", "not-an-address");
            browser.find("form.application-form button[type=submit]").click();

            WebElement invalid = browser.find("[name='applicant.email'][aria-invalid='true']");
            String errorId = invalid.getDomAttribute("aria-describedby");
            assertThat(errorId).contains("-error");
            String errorText = browser.driver().findElement(By.id(errorId.substring(errorId.lastIndexOf(' ') + 1)))
                    .getText();
            assertThat(errorText).isEqualTo("Not an e-mail address (e.g. name@example.jp)");
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("name"))
                    .as("focus goes to the first field in error").isEqualTo("applicant.email");
            assertThat(browser.find(".form-errors [role=alert]").getText()).contains("Some fields need correcting");
            browser.screenshot("apply-form-error-en").assertAccessible();
            assertThat(as(DemoUser.SECRETARIAT).get("/api/applications").body()).doesNotContain(nameJa);

            invalid.clear();
            invalid.sendKeys(email);
            browser.find("form.application-form button[type=submit]").click();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector("main h1")).getText()
                    .equals("We have received your application"));
            String reference = browser.find(".apply-reference").getText();
            assertThat(reference).isNotBlank();
            assertThat(browser.find("main").getText()).contains("We have sent a confirmation");
            browser.screenshot("apply-done-en").assertAccessible();

            JsonObject application = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                    .get("/api/applications/" + reference));
            assertThat(application.getJsonObject("organization").getJsonObject("profile").getString("nameJa"))
                    .isEqualTo(nameJa);
            assertThat(application.getJsonObject("applicant").getString("language")).isEqualTo("en");

            MimeMessage confirmation = MailCatcher.awaitMessageTo(email, WAIT);
            Matcher link = PRIVATE_LINK.matcher(text(confirmation));
            assertThat(link.find()).as("the private link in the mail: " + text(confirmation)).isTrue();
            browser.visit(link.group(1)).screenshot("apply-status-en").assertAccessible();
            assertThat(browser.heading()).isEqualTo("Your application");
            assertThat(browser.find("[data-status]").getText()).isEqualTo("Applied");
            assertThat(browser.find("main").getText()).contains(reference, "Browser Application Test Centre " + RUN);
            assertThat(browser.driver().findElements(By.name("text"))).as("no question, no answer form").isEmpty();

            // the secretariat asks; the applicant answers on the same page
            assertThat(as(DemoUser.SECRETARIAT).postJson("/api/applications/" + reference + "/review", "")
                    .statusCode()).isEqualTo(200);
            assertThat(as(DemoUser.SECRETARIAT).postJson("/api/applications/" + reference + "/information-requests",
                    "{\"text\":\"Please send your articles of association.\"}").statusCode()).isEqualTo(200);
            browser.visit(link.group(1));
            assertThat(browser.find("[data-status]").getText()).isEqualTo("Information requested");
            assertThat(browser.find(".message-secretariat").getText()).contains("articles of association");
            browser.find("textarea[name='text']").sendKeys("Sent by post today.");
            browser.screenshot("apply-question-en").assertAccessible();
            browser.find("main form button[type=submit]").click();
            browser.waiting(WAIT).until(d -> !d.findElements(By.cssSelector(".message-applicant"))
                    .isEmpty());
            assertThat(browser.find(".message-applicant").getText()).contains("Sent by post today.");
            assertThat(((JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/applications/" + reference)))
                    .getString("status")).isEqualTo("under-review");

            browser.visit("/apply/" + "x".repeat(43));
            assertThat(browser.heading()).isEqualTo("Application not found");
        }
    }

    @Test
    void theMemberAdministratorEditsTheProfileAndInvitesAColleague() throws Exception {
        String introduction = "多摩地域の中小企業の技術開発を支援しています。" + RUN;
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.MEMBER_ADMIN).visit("/organization/profile").screenshot("profile-edit-ja")
                    .assertAccessible();
            assertThat(browser.heading()).isEqualTo("団体情報の編集");
            WebElement text = browser.find("textarea[name='profile.profileJa']");
            text.clear();
            text.sendKeys(introduction);
            browser.find("form.profile-form button[type=submit]").click();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector(".form-status"))
                    .getText().startsWith("保存しました"));
            JsonObject saved = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/tama"));
            assertThat(saved.getJsonObject("profile").getString("profileJa")).isEqualTo(introduction);

            // a field error at its field, from the API
            WebElement website = browser.find("input[name='profile.website']");
            String before = website.getDomProperty("value");
            website.clear();
            website.sendKeys("not a website");
            browser.find("form.profile-form button[type=submit]").click();
            browser.find("input[name='profile.website'][aria-invalid='true']");
            assertThat(browser.find(".field-error").getText()).startsWith("https:// から始まるアドレス");
            browser.assertAccessible();
            website.clear();
            if (before != null) {
                website.sendKeys(before);
            }

            // someone else saves meanwhile: the stale edit is refused and explained, the current one loaded
            JsonObject current = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/tama"));
            HttpResponse<String> other = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/tama/profile",
                    "application/json", ("{\"version\":" + current.getJsonNumber("version") + ",\"profile\":"
                            + current.getJsonObject("profile") + "}").getBytes(StandardCharsets.UTF_8));
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
            browser.find("textarea[name='profile.profileEn']").sendKeys("Supports " + RUN);
            browser.find("form.profile-form button[type=submit]").click();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector(".form-errors"))
                    .getText().contains("他の方が更新しました"));
            browser.assertAccessible();
            browser.find(".form-errors button").click();
            browser.waiting(WAIT).until(d -> d.findElements(By.cssSelector(".form-errors [role=alert]"))
                    .isEmpty());
            assertThat(browser.find("textarea[name='profile.profileEn']").getDomProperty("value"))
                    .as("the current profile, without the refused edit").doesNotContain("Supports " + RUN);

            browser.find("a[href='/organizations/tama']").click();
            browser.awaitScreen().screenshot("profile-ja").assertAccessible();
            assertThat(browser.find(".profile-text").getText()).isEqualTo(introduction);
            assertThat(browser.driver().findElements(By.id("profile-extensions"))).as("nothing to extend with")
                    .isEmpty();

            browser.visit("/organization/people").screenshot("people-ja").assertAccessible();
            assertThat(browser.heading()).isEqualTo("職員と権限");
            assertThat(browser.find("tr[data-user='tama.staff'] th").getText()).as("family name first")
                    .startsWith("多摩 次郎");
            browser.find("tr[data-user='tama.staff'] button[data-role='coordinator'][data-action='grant']").click();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector(".people-notice"))
                    .getText().equals("多摩 次郎 さんに「コーディネーター」を付与しました。"));
            assertThat(rolesOf("tama.staff")).contains("coordinator", "member-staff");
            browser.find("tr[data-user='tama.staff'] button[data-role='coordinator'][data-action='revoke']").click();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector(".people-notice"))
                    .getText().contains("解除しました"));
            assertThat(rolesOf("tama.staff")).containsExactly("member-staff");
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-user='tama.admin'] [data-action='remove']")))
                    .as("administrators do not remove themselves").isEmpty();

            String colleague = "colleague-" + RUN + "@tama.example";
            browser.find("input[name='email']").sendKeys(colleague);
            browser.find("input[name='lastName']").sendKeys("多摩");
            browser.find("input[name='firstName']").sendKeys("三郎");
            browser.find("main form button[type=submit]").click();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector(".people-notice"))
                    .getText().contains(colleague));
            MimeMessage invitation = MailCatcher.awaitMessageTo(colleague, WAIT);
            assertThat(invitation).isNotNull();

            browser.visit("/organization/identity-provider").screenshot("identity-provider-ja").assertAccessible();
            browser.find("input[name='discoveryUrl']").sendKeys("not a url");
            browser.find("input[name='clientId']").sendKeys("portal");
            browser.find("input[name='clientSecret']").sendKeys("secret-" + RUN);
            browser.find("input[name='domain']").sendKeys("tama.example");
            browser.find("main form button[type=submit]").click();
            browser.find("input[name='discoveryUrl'][aria-invalid='true']");
            assertThat(browser.driver().getPageSource()).as("the secret is never put into the page")
                    .doesNotContain("secret-" + RUN);
            browser.assertAccessible();
        }
        try (Chromium english = Chromium.open(portal(), "en", 1280)) {
            english.logIn(DemoUser.MEMBER_ADMIN).visit("/organizations/tama").screenshot("profile-en").assertAccessible();
            assertThat(english.find(".profile-text").getText()).as("the Japanese text when there is no English one")
                    .contains(RUN);
            assertThat(english.find(".profile-text").getDomAttribute("lang")).isEqualTo("ja");
            assertThat(english.find("main").getText()).contains("introduction in Japanese only");
        }

        List<JsonObject> people = ((JsonArray) PortalClient.json(as(DemoUser.MEMBER_ADMIN)
                .get("/api/organizations/tama/people"))).stream().map(JsonValue::asJsonObject).toList();
        assertThat(people).filteredOn(p -> p.getString("username").equals("tama.staff")).singleElement()
                .satisfies(p -> {
                    assertThat(p.getString("lastName")).isEqualTo("多摩");
                    assertThat(p.getString("firstName")).isEqualTo("次郎");
                });
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/organizations/tama/people").statusCode())
                .as("names are for the organization's administrators").isEqualTo(403);
    }

    @Test
    void staffMayNotEditAndFindProfilesFromTheDirectory() {
        JsonObject tama = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/tama"));
        String nameJa = tama.getJsonObject("profile").getString("nameJa");
        try (Chromium browser = Chromium.open(portal(), "ja", 390)) {
            browser.logIn(DemoUser.MEMBER_STAFF).visit("/organization/profile");
            assertThat(browser.heading()).isEqualTo("このページを見る権限がありません");
            assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
            browser.screenshot("profile-edit-forbidden-phone").assertAccessible();

            browser.visit("/directory?q=" + java.net.URLEncoder.encode(nameJa, java.nio.charset.StandardCharsets.UTF_8));
            browser.find("[data-organization='tama'] h3 a").click();
            browser.waiting(WAIT).until(d -> d.getCurrentUrl().endsWith("/organizations/tama"));
            browser.awaitScreen();
            browser.waiting(WAIT).until(d -> d.findElement(By.cssSelector("main h1")).getText()
                    .equals(nameJa));
            assertThat(browser.driver().findElements(By.cssSelector("a[href='/organization/profile']")))
                    .as("no edit link for staff").isEmpty();
            assertThat(browser.find("#profile-contacts-heading").getText()).as("own organization: contacts shown")
                    .isEqualTo("連絡先");
            browser.screenshot("profile-phone").assertAccessible();

            browser.visit("/organizations/no-such-" + RUN);
            assertThat(browser.heading()).isEqualTo(NOT_FOUND);
        }
    }

    private static List<String> rolesOf(String username) {
        return ((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/tama/people"))).stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("username").equals(username))
                .flatMap(p -> p.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream())
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        return String.valueOf(message.getContent());
    }
}
