package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.asked;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import jp.innovationnet.portal.it.plugin.InquiriesFixture;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The desk's statistics screen and FAQ editor in a real browser: the secretariat and the steering agency read the
 * period's tables and download the CSV, a reversed period is refused at its field; the secretariat opens the FAQ
 * editor from an answered inquiry, finds it prefilled with the anonymised draft, writes the English and saves it
 * with its source, and sees the sanitised preview. In Japanese and English, at desktop and phone width, each screen
 * checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class InquiriesStatisticsScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String SUBJECT = "助成制度の相談 " + RUN;
    private static String answered;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void anAnsweredInquiry() {
        InquiriesFixture.install();
        answered = asked(as(DemoUser.OTHER_MEMBER_STAFF), inquiry(SUBJECT,
                "連絡先 foo@example.jp です。共同研究に使える助成制度はありますか。").add("topic", "rd-funding"))
                .getString("reference");
        ok(as(DemoUser.SECRETARIAT).postJson(API + "/inquiries/" + answered + "/referrals",
                "{\"organizations\":[\"jst\"]}"));
        ok(as(DemoUser.STEERING_AGENCY).postJson(API + "/inquiries/" + answered + "/referrals/jst/accept", ""));
        ok(as(DemoUser.STEERING_AGENCY).postJson(API + "/inquiries/" + answered + "/messages",
                "{\"kind\":\"reply\",\"text\":\"**A-STEP** をご覧ください。https://www.jst.go.jp/a-step/\"}"));
    }

    @Test
    void theSecretariatAndTheSteeringAgencyReadTheStatisticsInBothLanguagesAndWidths() {
        record Look(DemoUser user, String language, int width, String heading) {
        }
        for (Look look : List.of(new Look(DemoUser.SECRETARIAT, "ja", 1280, "お問い合わせ統計"),
                new Look(DemoUser.STEERING_AGENCY, "en", 390, "Inquiry statistics"),
                new Look(DemoUser.STEERING_AGENCY, "ja", 390, "お問い合わせ統計"),
                new Look(DemoUser.SECRETARIAT, "en", 1280, "Inquiry statistics"))) {
            try (Chromium browser = Chromium.open(portal(), look.language(), look.width())) {
                browser.logIn(look.user()).visit("/p/inquiries/statistics");
                assertThat(browser.heading()).isEqualTo(look.heading());
                browser.find("table[data-dimension='by-topic'] tr[data-key='rd-funding']");
                assertThat(browser.find("table[data-dimension='by-receiver']").getText()).isNotBlank();
                assertThat(browser.find("table[data-dimension='times'] tr[data-key='medianHours']").getText())
                        .isNotBlank();
                assertThat(browser.find("a[download][href*='/statistics.csv?from=']").getDomAttribute("href"))
                        .contains("&to=");
                String name = "inquiries-statistics-" + look.language() + "-" + look.width();
                browser.screenshot(name).assertAccessible();
            }
        }
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.logIn(DemoUser.SECRETARIAT).visit("/p/inquiries/statistics?from=2026-04-01&to=2026-03-31");
            assertThat(browser.find("#statistics-to-error").getText()).isNotBlank();
            assertThat(browser.find("#statistics-to").getDomAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("inquiries-statistics-error-en").assertAccessible();
        }
    }

    @Test
    void theSecretariatWritesAnFaqEntryFromAnAnsweredInquiry() {
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.SECRETARIAT).visit("/p/inquiries/desk-case?ref=" + answered);
            browser.find("a[data-move=faq]").click();
            browser.waiting(Duration.ofSeconds(20)).until(driver -> browser.heading().contains(answered));
            String question = browser.find("#faq-question-ja").getDomProperty("value");
            String answer = browser.find("#faq-answer-ja").getDomProperty("value");
            assertThat(question).startsWith(SUBJECT).contains("［メールアドレス］").doesNotContain("foo@example.jp");
            assertThat(answer).contains("**A-STEP**", "［URL］").doesNotContain("jst.go.jp");
            assertThat(browser.find("#faq-topic").getDomProperty("value")).isEqualTo("rd-funding");
            browser.screenshot("inquiries-faq-editor-from-ja-1280").assertAccessible();

            browser.type("#faq-question-en", "Are there grants for joint research? " + RUN);
            browser.type("#faq-answer-en", "See **A-STEP**.");
            browser.find("form.faq-form button[type=submit]").click();
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("?edit="));
            assertThat(browser.find("main .faq-saved").getText()).isEqualTo("保存しました。");
            assertThat(browser.find("article[lang=en] .faq-answer strong").getText()).isEqualTo("A-STEP");
            assertThat(browser.driver().findElements(By.cssSelector(".faq-answer script"))).isEmpty();
            browser.screenshot("inquiries-faq-editor-saved-ja-1280").assertAccessible();

            browser.visit("/p/inquiries/faq-editor");
            assertThat(browser.find("main").getText()).contains(answered, SUBJECT);
            browser.screenshot("inquiries-faq-editor-list-ja-1280").assertAccessible();
        }
        try (Chromium browser = Chromium.open(portal(), "en", 390)) {
            browser.logIn(DemoUser.SECRETARIAT).visit("/p/inquiries/faq-editor?from=" + answered);
            assertThat(browser.heading()).isEqualTo("FAQ entry from inquiry " + answered);
            browser.screenshot("inquiries-faq-editor-from-en-390").assertAccessible();
            browser.visit("/p/inquiries/faq-editor");
            browser.screenshot("inquiries-faq-editor-list-en-390").assertAccessible();
        }
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }
}
