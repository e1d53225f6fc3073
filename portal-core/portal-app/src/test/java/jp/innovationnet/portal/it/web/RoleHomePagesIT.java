package jp.innovationnet.portal.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;

import jakarta.json.JsonObject;
import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * Every role logs in through Keycloak's pages in a real browser and gets the home page and menu meant for it; a
 * coordinator who works for two members switches between them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class RoleHomePagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    @Test
    void theSecretariatSeesPendingApplicationsOverdueDuesAndRecentChanges() {
        JsonObject pending = (JsonObject) PortalClient.json(PortalClient.as(DemoUser.SECRETARIAT)
                .get("/api/applications?size=50"));
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.SECRETARIAT).screenshot("home-secretariat-ja").assertAccessible();
            assertThat(panels(browser)).containsExactly("notifications", "pending-applications", "overdue-invoices",
                    "recent-changes");
            assertThat(browser.find("[data-panel='pending-applications'] h2 .count").getText())
                    .isEqualTo(pending.getJsonArray("items").size() + "件");
            assertThat(browser.find("[data-panel='recent-changes'] .panel-list").getText()).as("the audit trail")
                    .isNotBlank();
            assertThat(navigation(browser)).contains("事務局").doesNotContain("入会申込");

            browser.find(".site-nav a[href='/admin']").click();
            browser.awaitScreen().screenshot("admin-hub-ja").assertAccessible();
            assertThat(browser.heading()).isEqualTo("事務局の業務");
            assertThat(browser.driver().findElements(By.cssSelector("main .card a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList()).contains("/admin/applications",
                    "/admin/organizations", "/admin/officers", "/admin/dues", "/admin/registry", "/admin/audit",
                    "/admin/identity-providers", "/admin/plugins");
            assertThat(browser.find(".site-nav a[href='/admin']").getDomAttribute("aria-current")).isEqualTo("page");
        }
    }

    @Test
    void aMemberAdministratorSeesWhatTheirOrganizationOwesAndTheScreensToManageIt() {
        MembershipFixtures.ensureTama();
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.logIn(DemoUser.MEMBER_ADMIN).screenshot("home-member-admin-en").assertAccessible();
            assertThat(panels(browser)).containsExactly("notifications", "open-invoices");
            assertThat(navigation(browser)).contains("My organization").doesNotContain("Secretariat");
            assertThat(browser.find(".who-org").getText()).isEqualTo(tamaName("nameEn"));

            browser.visit("/organization").screenshot("organization-hub-en").assertAccessible();
            assertThat(browser.driver().findElements(By.cssSelector("main .card a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList()).containsExactly("/organizations/tama",
                    "/organization/profile", "/organization/people", "/organization/identity-provider",
                    "/organization/invoices");
        }
    }

    @Test
    void staffAgenciesAndPartnersSeeTheirNotificationsAndNoAdministration() {
        for (DemoUser user : List.of(DemoUser.MEMBER_STAFF, DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            try (Chromium browser = Chromium.open(portal(), "en", 390)) {
                browser.logIn(user).screenshot("home-" + user.name().toLowerCase() + "-phone").assertAccessible();
                assertThat(panels(browser)).as(user.name()).containsExactly("notifications");
                assertThat(navigation(browser)).as(user.name()).doesNotContain("Secretariat");
                assertThat(navigation(browser).contains("My organization")).as(user.name())
                        .isEqualTo(user == DemoUser.MEMBER_STAFF);
                assertThat(browser.heading()).startsWith("Welcome, ");
            }
        }
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF).visit("/organization");
            assertThat(browser.driver().findElements(By.cssSelector("main .card a"))).hasSize(1);
            assertThat(browser.find("main p.meta").getText()).contains("管理者");
            browser.visit("/admin");
            assertThat(browser.heading()).isEqualTo("このページを見る権限がありません");
            assertThat(browser.driver().findElements(By.cssSelector("main .card"))).isEmpty();
        }
    }

    @Test
    void japaneseNamesAreShownFamilyNameFirst() {
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.logIn(DemoUser.COORDINATOR);
            assertThat(browser.find(".who-name").getText()).isEqualTo("浜松 四郎");
        }
    }

    @Test
    void aCoordinatorOfTwoMembersSwitchesTheOrganizationTheyActFor() {
        MembershipFixtures.ensureTama();
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.WIDE_COORDINATOR).screenshot("home-two-organizations-ja").assertAccessible();
            Select acting = new Select(browser.find("#acting-organization"));
            assertThat(acting.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("hamamatsu-technopolis");
            assertThat(me(browser).getString("organization")).isEqualTo("hamamatsu-technopolis");

            acting.selectByValue("tama");
            browser.find(".who-switch button").click();
            browser.waiting(Duration.ofSeconds(20)).withMessage("the page shows itself again for tama")
                    // the screen re-renders meanwhile: an element read may vanish under the driver (stale, or Chrome's
                    // "node does not belong to the document"), so any driver error means "not yet"
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.cssSelector("main .lead")).getText().contains(tamaName("nameJa")));
            browser.awaitScreen();
            assertThat(new Select(browser.find("#acting-organization")).getFirstSelectedOption().getText())
                    .isEqualTo(tamaName("nameJa"));
            assertThat(me(browser).getString("organization")).as("kept for the session").isEqualTo("tama");

            Map<?, ?> refused = chooseInBrowser(browser, "jst");
            assertThat(refused.get("status")).as("an organization one does not belong to").isEqualTo(400L);
            assertThat(String.valueOf(refused.get("body"))).contains("\"organization\"");
            assertThat(me(browser).getString("organization")).isEqualTo("tama");
        }
        assertThat(PortalClient.as(DemoUser.WIDE_COORDINATOR).postJson("/api/me/organization", "{}").statusCode())
                .as("PUT only").isEqualTo(405);
    }

    private static String tamaName(String field) {
        return ((JsonObject) PortalClient.json(PortalClient.as(DemoUser.SECRETARIAT).get("/api/organizations/tama")))
                .getJsonObject("profile").getString(field);
    }

    private static List<String> panels(Chromium browser) {
        browser.find(".dashboard");
        return browser.driver().findElements(By.cssSelector(".dashboard [data-panel]")).stream()
                .map(e -> e.getDomAttribute("data-panel")).toList();
    }

    private static String navigation(Chromium browser) {
        return browser.find(".site-nav").getText();
    }

    private static JsonObject me(Chromium browser) {
        Object json = browser.driver().executeAsyncScript(
                "const done = arguments[0]; fetch('/api/me').then(r => r.text()).then(done);");
        return jakarta.json.Json.createReader(new java.io.StringReader((String) json)).readObject();
    }

    /** Asks the portal, from the logged-in browser with its CSRF token, to act for another organization. */
    private static Map<?, ?> chooseInBrowser(Chromium browser, String organization) {
        return (Map<?, ?>) browser.driver().executeAsyncScript("""
                const done = arguments[1];
                fetch('/api/csrf').then(r => r.json()).then(csrf => fetch('/api/me/organization', {
                  method: 'PUT', headers: {'Content-Type': 'application/json', [csrf.headerName]: csrf.token},
                  body: JSON.stringify({organization: arguments[0]})}))
                  .then(async r => done({status: r.status, body: await r.text()}));""", organization);
    }
}
