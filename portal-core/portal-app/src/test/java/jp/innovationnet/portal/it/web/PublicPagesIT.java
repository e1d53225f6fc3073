package jp.innovationnet.portal.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/** The web portal's public pages and its frame, in a real browser, in both languages and on a phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class PublicPagesIT {

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
    void aJapaneseVisitorSeesTheNetworkInJapaneseAndAnAccessiblePage() {
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.visit("/").screenshot("home-visitor-ja").assertAccessible();
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
            assertThat(browser.heading()).isEqualTo("全国イノベーション推進機関ネットワーク");
            assertThat(browser.driver().getTitle()).contains("イノベーションネット");

            browser.find("a[href='/about']").click();
            browser.awaitScreen().screenshot("about-ja").assertAccessible();
            assertThat(browser.heading()).isEqualTo("全国イノベーション推進機関ネットワークについて");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/about");
            assertThat(browser.driver().switchTo().activeElement().getTagName()).as("focus moves to the new screen")
                    .isEqualTo("h1");
            assertThat(browser.driver().findElements(By.cssSelector("tbody tr"))).hasSize(5);
        }
    }

    @Test
    void anEnglishBrowserGetsEnglishAndTheChoiceOfLanguageSticks() {
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.visit("/about").assertAccessible();
            assertThat(browser.heading()).isEqualTo("About the National Innovation Promotion Network");

            browser.find("button[lang='ja']").click();
            browser.awaitScreen();
            assertThat(browser.heading()).isEqualTo("全国イノベーション推進機関ネットワークについて");
            browser.visit("/");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        }
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.visit("/");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to content");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
        }
    }

    @Test
    void worksOnAPhoneSizedScreen() {
        try (Chromium browser = Chromium.open(portal(), "ja", 390)) {
            browser.visit("/about").screenshot("about-phone-ja").assertAccessible();
            Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(390);
        }
    }

    @Test
    void aVisitorSeesTheMemberListAndNarrowsItOnTheMap() {
        String id = "public-" + Long.toString(System.currentTimeMillis(), 36);
        HttpResponse<String> registered = PortalClient.as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"公開名簿試験財団%s","nameEn":"Public List Test %s","prefecture":"Kagoshima",
                            "website":"https://www.example.jp/"}}""".formatted(id, id, id));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.visit("/members").screenshot("members-ja").assertAccessible();
            assertThat(browser.heading()).isEqualTo("会員一覧");
            assertThat(browser.find("[data-organization='" + id + "'] h3 a").getText()).isEqualTo("公開名簿試験財団" + id);

            browser.visit("/members?prefecture=46").assertAccessible();
            assertThat(browser.driver().findElements(By.cssSelector("[data-organization]")))
                    .allSatisfy(item -> assertThat(item.getText()).contains("鹿児島県"))
                    .anySatisfy(item -> assertThat(item.getDomAttribute("data-organization")).isEqualTo(id));
        }
    }

    @Test
    void anUnknownAddressIsNotFoundInTheShell() {
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.visit("/no-such-screen").assertAccessible();
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }

    @Test
    void aLoggedInMemberSeesWhoTheyAreAndCanLogOut() {
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF).screenshot("home-member-ja").assertAccessible();
            assertThat(browser.find(".who-name").getText()).isNotBlank();
            assertThat(browser.find(".who-org").getText()).as("the organization's name, or its alias").isNotBlank();

            browser.find(".who button.logout").click();
            browser.waiting(Duration.ofSeconds(20)).withMessage("back home, logged out")
                    .until(d -> d.findElements(By.cssSelector(".who")).isEmpty()
                            && d.getCurrentUrl().equals(portal() + "/"));
            browser.awaitScreen();
            assertThat(browser.find(".account .button").getText()).isEqualTo("ログイン");
        }
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicyAndAssetsAreCachedByVersionAndCompressed() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> shell = http.send(HttpRequest.newBuilder(URI.create(portal() + "/about")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = shell.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self';").contains("style-src 'self';").doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(shell.body()).doesNotContain("<script>").doesNotContain("style=");
        String script = shell.body().replaceAll("(?s).*<script type=\"module\" src=\"([^\"]+)\".*", "$1");
        assertThat(script).matches("/assets/[0-9a-f]{12}/app.js");

        HttpResponse<String> asset = http.send(HttpRequest.newBuilder(URI.create(portal() + script)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");

        HttpResponse<String> kit = http.send(HttpRequest.newBuilder(URI.create(portal() + "/assets/kit/1/index.js"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kit.statusCode()).as("the plugin kit by its API version: to the deployed assets").isEqualTo(302);
        assertThat(URI.create(kit.headers().firstValue("Location").orElseThrow()).getPath())
                .as("the same version as the page's, so the kit shares its modules")
                .isEqualTo(script.replace("app.js", "kit/1/index.js"));

        String css = shell.body().replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(portal() + css)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> compressed = http.send(HttpRequest.newBuilder(URI.create(portal() + css))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue("Content-Encoding")).as("assets travel compressed").hasValue("gzip");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(compressed.body()))
                .readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
    }
}
