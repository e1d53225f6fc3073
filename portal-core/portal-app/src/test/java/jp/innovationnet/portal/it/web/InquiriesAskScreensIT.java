package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.API;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.mailedToken;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.pdf;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.json.Json;
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
 * The asker's screens of the inquiry desk in a real browser: a visitor asks through the public form, is offered a
 * published FAQ entry while typing (its sanitised answer opened in place), gets the reference and the private link
 * (the same link as mailed), follows it to the inquiry with the secretariat's reply and replies, which reopens it;
 * a member asks and finds the inquiry under "My inquiries"; refused input (no question, a disguised file) is shown
 * at its fields. In Japanese and English, at desktop and phone width, each screen checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class InquiriesAskScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String FAQ_QUESTION = "超音波溶接の試作評価を依頼できる公設試験研究機関はありますか";
    private static final String SUBJECT = "超音波溶接の試作評価について " + RUN;

    private static long faqId;
    private static Path files;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void deskWithAPublishedFaqEntry() throws IOException {
        InquiriesFixture.install();
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        HttpResponse<String> created = secretariat.postJson(API + "/faq", Json.createObjectBuilder()
                .add("topic", "technology")
                .add("question", Json.createObjectBuilder().add("ja", FAQ_QUESTION)
                        .add("en", "Which public institutes evaluate ultrasonic welding prototypes?"))
                .add("answer", Json.createObjectBuilder()
                        .add("ja", "**産業技術総合研究所**の窓口にご相談ください。\n\n- 試作評価\n- 技術指導")
                        .add("en", "Ask the desk of **AIST**.\n\n- prototype evaluation\n- technical advice"))
                .build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        faqId = ((JsonObject) PortalClient.json(created)).getJsonNumber("id").longValue();
        HttpResponse<String> published = secretariat.postJson(API + "/faq/" + faqId + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        files = Files.createTempDirectory("inquiry-files");
        Files.write(files.resolve("prototype.pdf"), pdf());
        Files.writeString(files.resolve("drawing.pdf"), "<html><body><script>alert(1)</script></body></html>",
                StandardCharsets.UTF_8);
    }

    @AfterAll
    static void removeFaqAndDesk() {
        as(DemoUser.SECRETARIAT).delete(API + "/faq/" + faqId);
    }

    @Test
    void aVisitorAsksSeesAnFaqSuggestionGetsTheLinkAndRepliesOnTheTrackPage() throws Exception {
        String email = "asker-" + RUN + "@example.jp";
        try (Chromium visitor = Chromium.open(portal(), "ja", 1280)) {
            visitor.visit("/p/inquiries/ask");
            assertThat(visitor.heading()).isEqualTo("ワンストップ窓口への問い合わせ");
            assertThat(visitor.driver().findElement(By.cssSelector(".honeypot")).getDomAttribute("aria-hidden"))
                    .isEqualTo("true");
            visitor.screenshot("inquiries-ask-ja").assertAccessible();

            visitor.type("#ask-name", "浜松 花子");
            visitor.type("#ask-email", email);
            new Select(visitor.find("#ask-topic")).selectByValue("technology");
            new Select(visitor.find("#ask-region")).selectByValue("Chubu");
            visitor.type("#ask-subject", SUBJECT);
            visitor.find(".inquiry-suggestions li[data-faq='" + faqId + "'] summary").click();
            assertThat(visitor.find(".inquiry-suggestions[aria-live='polite'] summary").getText())
                    .isEqualTo(FAQ_QUESTION);
            assertThat(visitor.find(".inquiry-answer strong").getText()).as("the sanitised answer, rebuilt")
                    .isEqualTo("産業技術総合研究所");
            assertThat(visitor.driver().findElements(By.cssSelector(".inquiry-answer li"))).hasSize(2);
            visitor.type("#ask-text", "試作品の評価を依頼したいです。\n図面を添付します。");
            visitor.find("#ask-attachments").sendKeys(files.resolve("prototype.pdf").toString());
            visitor.screenshot("inquiries-ask-suggestion-ja").assertAccessible();

            Thread.sleep(1_500); // the portal refuses a public form sent sooner than a person fills it (1 s in tests)
            visitor.find("form.inquiry-form button[type=submit]").click();
            visitor.waiting(Duration.ofSeconds(20)).until(d -> "問い合わせを受け付けました".equals(visitor.heading()));
            String reference = visitor.find(".inquiry-reference").getText();
            assertThat(reference).matches("Q26-[0-9A-Z]{4}-[0-9A-Z]{4}");
            String link = visitor.find("a.inquiry-link").getDomAttribute("href");
            assertThat(link).isEqualTo("/p/inquiries/track#" + mailedToken(email));
            assertThat(visitor.find(".inquiry-created [role=status]").getText()).contains(email);
            visitor.screenshot("inquiries-asked-ja").assertAccessible();

            HttpResponse<String> replied = as(DemoUser.SECRETARIAT).postJson(API + "/inquiries/" + reference
                    + "/messages", Json.createObjectBuilder().add("kind", "reply")
                    .add("text", "産総研の窓口をご紹介します。" + RUN).build().toString());
            assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);

            visitor.find("a.inquiry-link").click();
            visitor.waiting(Duration.ofSeconds(20)).until(d -> SUBJECT.equals(visitor.heading()));
            assertThat(visitor.find(".facts .inquiry-badge").getText()).isEqualTo("回答済み");
            assertThat(visitor.find(".inquiry-thread").getText()).contains("図面を添付します。")
                    .contains("産総研の窓口をご紹介します。" + RUN);
            assertThat(visitor.find(".inquiry-files a").getDomAttribute("href"))
                    .startsWith(API + "/track/").contains("/attachments/");
            assertThat(visitor.find("form.inquiry-form").getText()).contains("送信すると問い合わせが再開されます");
            visitor.screenshot("inquiries-track-ja").assertAccessible();

            visitor.type("#reply-text", "ありがとうございます。追加で質問です。");
            visitor.find("form.inquiry-form button[type=submit]").click();
            awaitText(visitor, ".inquiry-outcome", "送信しました。");
            assertThat(visitor.find(".facts .inquiry-badge").getText()).as("replying reopened it")
                    .isNotEqualTo("回答済み");
            assertThat(visitor.driver().findElements(By.cssSelector(".inquiry-thread > li"))).hasSize(3);
        }
    }

    @Test
    void aMemberAsksAndFindsItUnderMyInquiriesOnAPhone() {
        String subject = "Partner search in Kyushu " + RUN;
        try (Chromium member = Chromium.open(portal(), "en", 390)) {
            member.logIn(DemoUser.MEMBER_STAFF).visit("/p/inquiries/ask");
            assertThat(member.heading()).isEqualTo("Ask the one-stop desk");
            assertThat(member.driver().findElements(By.id("ask-name"))).as("the portal knows who asks").isEmpty();
            assertThat(member.driver().findElements(By.id("ask-website"))).isEmpty();
            member.screenshot("inquiries-ask-member-en-390").assertAccessible();

            new Select(member.find("#ask-topic")).selectByValue("partner-search");
            new Select(member.find("#ask-region")).selectByValue("Kyushu");
            member.type("#ask-subject", subject);
            member.type("#ask-text", "We look for a university partner for sensor research.");
            member.find("form.inquiry-form button[type=submit]").click();
            member.waiting(Duration.ofSeconds(20))
                    .until(d -> "Your inquiry has been received".equals(member.heading()));
            String reference = member.find(".inquiry-reference").getText();
            member.screenshot("inquiries-asked-member-en-390").assertAccessible();

            member.find(".inquiry-actions a[href='/p/inquiries/mine']").click();
            member.waiting(Duration.ofSeconds(20)).until(d -> "My inquiries".equals(member.heading()));
            assertThat(member.find("li[data-reference='" + reference + "']").getText()).contains(subject)
                    .contains(reference).contains("New");
            member.screenshot("inquiries-mine-en-390").assertAccessible();

            member.find("li[data-reference='" + reference + "'] a").click();
            member.waiting(Duration.ofSeconds(20)).until(d -> subject.equals(member.heading()));
            assertThat(member.find(".inquiry-thread").getText()).contains("sensor research");
            member.find("#reply-text");
            member.screenshot("inquiries-case-member-en-390").assertAccessible();
        }
    }

    @Test
    void refusedInputIsShownAtItsFieldsInBothLanguages() throws InterruptedException {
        try (Chromium visitor = Chromium.open(portal(), "en", 1280)) {
            fillWithoutText(visitor, "Visitor " + RUN);
            visitor.find("form.inquiry-form button[type=submit]").click();
            assertThat(visitor.find("#ask-text-error").getText()).isNotBlank();
            assertThat(visitor.find("#ask-attachments-error").getText()).as("the disguised file, named")
                    .startsWith("drawing.pdf: ");
            assertThat(visitor.find("#ask-text").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(visitor.find("#ask-text").getDomAttribute("aria-describedby")).contains("ask-text-error");
            assertThat(visitor.find("#ask-attachments").getDomAttribute("aria-describedby"))
                    .isEqualTo("ask-attachments-hint ask-attachments-error");
            assertThat(visitor.find(".form-errors [role=alert]").getText())
                    .isEqualTo("Some fields need correcting: see the messages at the fields.");
            visitor.screenshot("inquiries-ask-errors-en").assertAccessible();
        }
        try (Chromium visitor = Chromium.open(portal(), "ja", 390)) {
            fillWithoutText(visitor, "訪問者 " + RUN);
            visitor.find("form.inquiry-form button[type=submit]").click();
            assertThat(visitor.find("#ask-text-error").getText()).isNotBlank();
            visitor.find("#ask-attachments-error");
            visitor.screenshot("inquiries-ask-errors-ja-390").assertAccessible();

            visitor.visit("/p/inquiries/track#not-a-token-" + RUN);
            assertThat(visitor.heading()).isEqualTo("問い合わせが見つかりません");
            visitor.screenshot("inquiries-track-unknown-ja-390").assertAccessible();
        }
    }

    private static void fillWithoutText(Chromium visitor, String name) throws InterruptedException {
        visitor.visit("/p/inquiries/ask");
        visitor.type("#ask-name", name);
        visitor.type("#ask-email", "refused-" + RUN + "@example.jp");
        new Select(visitor.find("#ask-topic")).selectByValue("other");
        new Select(visitor.find("#ask-region")).selectByValue("Kanto");
        visitor.type("#ask-subject", "Drawing");
        visitor.find("#ask-attachments").sendKeys(files.resolve("drawing.pdf").toString());
        Thread.sleep(1_500);
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    private static void awaitText(Chromium browser, String css, String text) {
        browser.waiting(Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }
}
