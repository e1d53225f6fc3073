package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The secretariat's membership screens in a real browser: an application sent through the public form is reviewed
 * and approved, and the organization is an active member; an organization record is edited (a stale edit is
 * refused and reloaded), suspended, and both show in its history; an officer is appointed and the term ended; the
 * audit trail shows the edit; a member's identity provider request is rejected with a reason. A member who opens
 * these screens sees "forbidden", not data. Every screen passes axe at desktop and phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class SecretariatMembershipScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
            + ThreadLocalRandom.current().nextInt(100);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anApplicationFromThePublicFormIsReviewedAndApprovedInTheBrowser() {
        String nameJa = "財団法人ブラウザ審査振興会 " + RUN;
        String reference = apply(nameJa, "Browser Review Promotion " + RUN);
        String organization = ((JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/applications/" + reference))).getJsonObject("organization").getString("id");

        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.SECRETARIAT).visit("/admin/applications");
            assertThat(browser.heading()).isEqualTo("入会申込の審査");
            WebElement row = browser.find("tr[data-application='" + reference + "']");
            assertThat(row.getText()).contains(nameJa).contains("申込 一郎").contains("申込受付");
            browser.screenshot("membership-applications-ja").assertAccessible();

            row.findElement(By.cssSelector("a")).click();
            browser.awaitScreen();
            assertThat(browser.heading()).isEqualTo("入会申込:" + nameJa);
            assertThat(browser.find("main").getText()).contains("review-" + RUN + "@applicant.example")
                    .contains("入会を希望します。");
            assertThat(browser.driver().findElements(By.cssSelector("form[data-step='approve']")))
                    .as("approval only once the review has started").isEmpty();
            browser.screenshot("membership-application-ja").assertAccessible();

            browser.find("form[data-step='start-review'] button[type=submit]").click();
            awaitNotice(browser, "審査を開始しました。");
            assertThat(browser.find(".membership-facts .membership-state").getText()).isEqualTo("審査中");

            browser.find("form[data-step='reject'] button[type=submit]").click();
            browser.find("#reject-text[aria-invalid='true']");
            assertThat(browser.find("form[data-step='reject'] .field-error").getText()).isEqualTo("入力してください。");

            browser.find("form[data-step='approve'] button[type=submit]").click();
            awaitNotice(browser, "入会を承認しました。機関の状態:有効");
            assertThat(browser.find(".membership-facts .membership-state").getText()).isEqualTo("有効");
            assertThat(browser.find(".membership-transitions").getText()).contains("jilc.secretariat");
            browser.assertAccessible();
        }
        JsonObject record = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/organizations/" + organization));
        assertThat(record.getString("status")).isEqualTo("active");
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/organizations/" + organization).statusCode())
                .as("an active member: in every member's view").isEqualTo(200);

        try (Chromium phone = Chromium.open(portal(), "en", 390)) {
            phone.logIn(DemoUser.SECRETARIAT).visit("/admin/applications");
            assertThat(phone.heading()).isEqualTo("Membership applications");
            phone.screenshot("membership-applications-en").assertAccessible();
            phone.visit("/admin/applications/" + reference);
            assertThat(phone.find(".membership-review").getText()).contains("This application has been decided.");
            phone.screenshot("membership-application-phone").assertAccessible();
        }
    }

    @Test
    void theSecretariatEditsARecordAndTheChangeIsInItsHistory() {
        String id = "web-record-" + RUN;
        register(id, "財団法人記録編集テスト機構 " + RUN, "Record Editing Test " + RUN);
        String address = "1-2-3 Marunouchi, Chiyoda-ku, Tokyo " + RUN;
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.logIn(DemoUser.SECRETARIAT).visit("/admin/organizations?status=active");
            assertThat(browser.heading()).isEqualTo("Organization records");
            browser.screenshot("membership-organizations-en").assertAccessible();

            browser.visit("/admin/organizations/" + id);
            assertThat(browser.heading()).isEqualTo("Record Editing Test " + RUN);
            browser.screenshot("membership-organization-en").assertAccessible();

            // someone else saves the record meanwhile: the browser's edit is based on an older version
            long version = ((JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/" + id)))
                    .getJsonNumber("version").longValue();
            HttpResponse<String> meanwhile = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + id,
                    "application/json", """
                    {"version":%d,"kind":"member","membershipClass":"full",
                     "profile":{"nameJa":"財団法人記録編集テスト機構 %s","nameEn":"Record Editing Test %s",
                      "prefecture":"01","website":"https://meanwhile.example.jp/"}}"""
                            .formatted(version, RUN, RUN).getBytes(StandardCharsets.UTF_8));
            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);

            browser.type("#record-address-en", address);
            browser.find("#record-form button[type=submit]").click();
            WebElement stale = browser.find("#record-form .form-errors [role=alert]");
            assertThat(stale.getText()).contains("Someone else changed this record");
            browser.find("#record-form .form-errors button").click();
            awaitNotice(browser, "The latest version has been loaded.");
            assertThat(browser.find("#record-website").getDomProperty("value")).isEqualTo("https://meanwhile.example.jp/");

            browser.type("#record-address-en", address);
            browser.type("#record-website", "https://www.record-" + RUN + ".example.jp/");
            browser.find("#record-form button[type=submit]").click();
            awaitNotice(browser, "The record has been saved.");
            String changes = browser.find(".membership-changes").getText();
            assertThat(changes).contains("Address in English").contains(address)
                    .contains("https://meanwhile.example.jp/").contains("https://www.record-" + RUN + ".example.jp/");

            scrollTo(browser, "record-heading").screenshot("membership-organization-record-en");
            scrollTo(browser, "history-heading").screenshot("membership-organization-history-en");

            browser.find("#status-suspended").click();
            browser.find("#status-reason").sendKeys("Dues for fiscal 2026 unpaid");
            browser.find("#status-form button[type=submit]").click();
            awaitNotice(browser, "The status is now \"Suspended\".");
            assertThat(browser.find(".membership-transitions").getText()).contains("Dues for fiscal 2026 unpaid");
            assertThat(browser.driver().findElements(By.cssSelector("#status-suspended"))).isEmpty();
            browser.find("#status-active");
            browser.assertAccessible();

            browser.visit("/admin/audit?targetId=" + id);
            assertThat(browser.find(".membership-audit").getText()).contains("organization.record-changed")
                    .contains(address);
            browser.screenshot("membership-audit-en").assertAccessible();
        }
        JsonObject record = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/" + id));
        assertThat(record.getJsonObject("profile").getString("addressEn")).isEqualTo(address);
        assertThat(record.getString("status")).isEqualTo("suspended");

        try (Chromium phone = Chromium.open(portal(), "ja", 390)) {
            phone.logIn(DemoUser.SECRETARIAT).visit("/admin/organizations/" + id);
            assertThat(phone.find(".membership-changes").getText()).contains("住所(英語)").contains(address);
            phone.screenshot("membership-organization-phone").assertAccessible();
            phone.visit("/admin/audit").assertAccessible();
            phone.visit("/admin/organizations").screenshot("membership-organizations-phone").assertAccessible();
        }
    }

    @Test
    void officersAndIdentityProviderRequestsAreTheSecretariatsAndMembersSeeForbidden() {
        String id = "web-officer-" + RUN;
        register(id, "財団法人役員選任テスト機構 " + RUN, "Officer Test " + RUN);
        long request = providerRequest("idp-" + RUN + ".tama.example");
        String person = "選任 太郎" + RUN;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.SECRETARIAT).visit("/admin/officers");
            assertThat(browser.heading()).isEqualTo("役員・委員会");
            new Select(browser.find("#appoint-office")).selectByValue("steering-committee-member");
            browser.find("#appoint-person").sendKeys(person);
            new Select(browser.find("#appoint-organization")).selectByValue(id);
            browser.setValue("#appoint-start", today.toString());
            browser.find("#appoint-form button[type=submit]").click();
            awaitNotice(browser, person + "さんを運営委員に選任しました。");
            WebElement term = browser.driver().findElements(By.cssSelector(".membership-office li[data-term]")).stream()
                    .filter(li -> li.getText().contains(person)).findFirst().orElseThrow();
            assertThat(term.getText()).contains("財団法人役員選任テスト機構 " + RUN);
            browser.screenshot("membership-officers-ja").assertAccessible();

            String termId = term.getDomAttribute("data-term");
            browser.setValue("#end-" + termId, today.plusYears(2).toString());
            browser.find("li[data-term='" + termId + "'] button[type=submit]").click();
            awaitNotice(browser, person + "さんの任期を");
            assertThat(PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/officers/terms")).toString())
                    .contains("\"end\":\"" + today.plusYears(2) + "\"");

            browser.visit("/admin/identity-providers");
            WebElement card = browser.find("li[data-request='" + request + "']");
            assertThat(card.getText()).contains("idp-" + RUN + ".tama.example").contains("審査待ち");
            browser.screenshot("membership-identity-providers-ja").assertAccessible();
            card.findElement(By.cssSelector("button[value=reject]")).click();
            assertThat(browser.find("li[data-request='" + request + "'] .field-error").getText())
                    .isEqualTo("不承認の理由を入力してください。");
            browser.find("#reason-" + request).sendKeys("ドメインの所有を確認できないため");
            browser.find("li[data-request='" + request + "'] button[value=reject]").click();
            awaitNotice(browser, "の申請を不承認にしました。");
            assertThat(browser.find("li[data-request='" + request + "']").getText()).contains("不承認")
                    .contains("ドメインの所有を確認できないため");
            browser.assertAccessible();
        }
        assertThat(as(DemoUser.SECRETARIAT).get("/api/identity/provider-requests?organizationId=tama").body())
                .contains("\"id\":" + request + ",").contains("ドメインの所有を確認できないため");

        try (Chromium member = Chromium.open(portal(), "ja", 1280)) {
            member.logIn(DemoUser.MEMBER_STAFF);
            for (String screen : new String[] {"/admin/applications", "/admin/organizations/tama", "/admin/officers"}) {
                member.visit(screen);
                assertThat(member.heading()).as(screen).isEqualTo("このページを見る権限がありません");
                assertThat(member.driver().findElements(By.cssSelector("main table, main form, [data-application]")))
                        .as(screen).isEmpty();
            }
            member.visit("/admin/applications").screenshot("membership-forbidden-ja");
        }
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    private static void awaitNotice(Chromium browser, String text) {
        // the screen is drawn again after an action: an earlier notice may go stale while it is read
        browser.waiting(WAIT).until(d -> d.findElements(By.cssSelector(".membership-notice"))
                .stream().anyMatch(e -> e.getText().contains(text)));
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("class"))
                .as("focus on the outcome").isEqualTo("membership-notice");
        browser.awaitScreen();
    }

    private static Chromium scrollTo(Chromium browser, String id) {
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        return browser;
    }

    private static void register(String id, String nameJa, String nameEn) {
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"%s","nameEn":"%s","prefecture":"Hokkaido"}}""".formatted(id, nameJa, nameEn));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    /** TAMA, the demo administrator's organization, asks for its own identity provider. @return the request */
    private static long providerRequest(String domain) {
        HttpResponse<String> tama = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"tama","kind":"member","membershipClass":"full","domains":["tama.example"],
                 "profile":{"nameJa":"一般社団法人首都圏産業活性化協会","nameEn":"Technology Advanced Metropolitan Area Association",
                  "prefecture":"13"}}""");
        assertThat(tama.statusCode()).as(tama.body()).isIn(201, 409);
        HttpResponse<String> requested = as(DemoUser.MEMBER_ADMIN).postJson(
                "/api/organizations/tama/identity-provider-requests", """
                {"protocol":"oidc","discoveryUrl":"https://idp.example/realms/tama","clientId":"innovation-net",
                 "clientSecret":"not-shown","domain":"%s"}""".formatted(domain));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        return ((JsonObject) PortalClient.json(requested)).getJsonNumber("id").longValue();
    }

    /**
     * Applies through the public form as an anonymous browser would: a form token, the form's minimum fill time,
     * then the form from a client address of its own (the per-address limit counts each test apart).
     *
     * @return the application's reference
     */
    private static String apply(String nameJa, String nameEn) {
        HttpResponse<String> token = anonymous("GET", "/api/public/applications/form-token", null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String email = "review-" + RUN + "@applicant.example";
        HttpResponse<String> submitted = anonymous("POST", "/api/public/applications", """
                {"formToken":"%s","confirmEmail":"",
                 "applicant":{"name":"申込 一郎","email":"%s","phone":"03-1234-5678","language":"ja"},
                 "membershipClass":"full","message":"入会を希望します。",
                 "organization":{"nameJa":"%s","nameEn":"%s","legalForm":"foundation","prefecture":"東京都",
                  "postalCode":"100-0005","website":"https://www.example.jp/","fields":["it"],
                  "services":["incubation"],"profileJa":"地域の産学官連携を支援します。",
                  "contacts":[{"name":"申込 一郎","email":"%s","primary":true}]}}"""
                .formatted(((JsonObject) PortalClient.json(token)).getString("token"), email, nameJa, nameEn, email));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ((JsonObject) PortalClient.json(submitted)).getString("reference");
    }

    private static HttpResponse<String> anonymous(String method, String path, String json) {
        return MembershipFixtures.send(method, path, json, Map.of("X-Forwarded-For", MembershipFixtures.someAddress()));
    }
}
