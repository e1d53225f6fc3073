package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/** A member searches the directory as they type it and narrows it down on the map of Japan. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class DirectoryScreenIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    /** A name someone typed with markup in it: shown as text, never run. */
    private static final String MARKUP = "Markup <img src=x onerror=window.xss=1> Test ";
    private static final String MARKED = "mk" + RUN;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void twoMembersFarApart() {
        register("dir-north-" + RUN, "財団法人ディレクトリ試験北センター" + RUN, "Directory North " + RUN, "Hokkaido");
        register("dir-south-" + RUN, "財団法人ディレクトリ試験南センター" + RUN, "Directory South " + RUN, "Okinawa");
        register("xss-" + RUN, "財団法人マークアップ試験" + MARKED, MARKUP + MARKED, "Kyoto");
    }

    private static void register(String id, String nameJa, String nameEn, String prefecture) {
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"%s","nameEn":"%s","prefecture":"%s"}}""".formatted(id, nameJa, nameEn,
                prefecture));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    @Test
    void whatPeopleTypeIsShownAsTextAndNeverRuns() {
        try (Chromium browser = Chromium.open(base.toString(), "en", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF).visit("/directory?q=" + MARKED);
            WebElement card = browser.find("[data-organization='xss-" + RUN + "']");
            assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo(MARKUP + MARKED);
            assertThat(card.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.driver().executeScript("return window.xss === undefined")).isEqualTo(true);
        }
    }

    @Test
    void searchAsTypedThenNarrowOnTheMap() {
        try (Chromium browser = Chromium.open(base.toString(), "ja", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF).visit("/directory").screenshot("directory-ja").assertAccessible();
            assertThat(browser.heading()).isEqualTo("会員名簿");

            browser.find("#q").sendKeys("ﾃﾞｨﾚｸﾄﾘ試験 " + RUN);
            browser.find("form.filters button[type=submit]").click();
            WebDriverWait wait = browser.waiting(Duration.ofSeconds(20));
            wait.until(d -> d.findElements(By.cssSelector("[data-organization^='dir-']")).size() == 2);
            assertThat(browser.driver().getCurrentUrl()).contains("q=");

            browser.awaitScreen();
            // Okinawa is a few small islands: choose it from the keyboard, as a keyboard user would
            wait.until(d -> {
                d.findElement(By.cssSelector("a.map-prefecture[href='/directory?prefecture=47']")).sendKeys(Keys.ENTER);
                return true;
            });
            wait.until(d -> d.getCurrentUrl().endsWith("prefecture=47"));
            browser.awaitScreen();
            wait.until(d -> !d.findElements(By.cssSelector("[data-organization='dir-south-" + RUN + "']")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector("[data-organization='dir-north-" + RUN + "']")))
                    .isEmpty();
            assertThat(browser.find("a.map-prefecture[aria-current]").getDomAttribute("href"))
                    .endsWith("prefecture=47");
            browser.screenshot("directory-okinawa-ja").assertAccessible();
        }
    }
}
