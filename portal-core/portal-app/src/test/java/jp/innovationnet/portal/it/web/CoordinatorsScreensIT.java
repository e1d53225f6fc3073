package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.plugin.InquiriesFixture.asked;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.inquiry;
import static jp.innovationnet.portal.it.plugin.InquiriesFixture.ok;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import jp.innovationnet.portal.it.plugin.InquiriesFixture;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.Registry;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The coordinator exchange's main journeys in a real browser, each screen checked with axe-core, in Japanese and
 * English at desktop and phone width: a member finds an expert by a kana variant of a tag and reads the profile with
 * the track record the inquiry desk reported (the activity log, end to end); a coordinator starts a support case
 * from an inquiry they answered, and the other coordinator publishes it through review; a member asks, a coordinator
 * answers and the member accepts the answer; a coordinator asks for help, the other offers it, and once accepted they
 * write in their shared thread; a coordinator records a certificate that the secretariat checks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class CoordinatorsScreensIT {

    private static final String API = "/api/plugins/coordinators";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String SUBJECT = "大学特許の実施許諾 " + RUN;

    private static String expertId;
    private static String expertName;
    private static String answered;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** Both demo coordinators with a profile; the first answered an inquiry on IP licensing in Chubu at the desk. */
    @BeforeAll
    static void coordinatorsWhoHaveDoneSomething() {
        PluginBundles.ensureInstalled(as(DemoUser.SECRETARIAT), "coordinators", PluginBundles.coordinators());
        InquiriesFixture.install();
        Registry.ensurePublishedImported();
        JsonObject profile = profile(DemoUser.COORDINATOR, "表面処理とめっきの技術相談 " + RUN, "ﾒｯｷ");
        expertId = profile.getString("userId");
        expertName = profile.getString("name");
        profile(DemoUser.WIDE_COORDINATOR, "産学連携と知財 " + RUN, "知財");

        answered = asked(as(DemoUser.MEMBER_STAFF), inquiry(SUBJECT,
                "連絡先 foo@example.jp です。大学の特許を自社製品に使いたい。").add("topic", "ip-licensing")
                .add("region", "Chubu")).getString("reference");
        String referral = InquiriesFixture.API + "/inquiries/" + answered + "/referrals";
        ok(as(DemoUser.SECRETARIAT).postJson(referral, "{\"organizations\":[\"hamamatsu-technopolis\"]}"));
        ok(as(DemoUser.COORDINATOR).postJson(referral + "/hamamatsu-technopolis/accept", ""));
        ok(as(DemoUser.COORDINATOR).postJson(InquiriesFixture.API + "/inquiries/" + answered + "/messages",
                "{\"kind\":\"reply\",\"text\":\"静岡大学の TLO を紹介します。\"}"));
    }

    @Test
    void aMemberFindsAnExpertByAKanaVariantAndReadsTheirTrackRecord() {
        record Look(String language, int width, String track) {
        }
        for (Look look : new Look[] {new Look("ja", 1280, "件 · 知的財産・ライセンス · 中部"),
                new Look("en", 390, ") · IP and licensing · Chubu")}) {
            try (Chromium browser = Chromium.open(portal(), look.language(), look.width())) {
                browser.logIn(DemoUser.MEMBER_STAFF).visit("/p/coordinators/experts");
                browser.screenshot("coordinators-experts-" + look.language() + "-" + look.width())
                        .assertAccessible();
                browser.type("#experts-q", "メッキ " + RUN);
                browser.find("form.filters button[type=submit]").click();
                String link = "a[href='/p/coordinators/experts?id=" + expertId + "']";
                browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q="));
                browser.find(link).click();
                browser.waiting(Duration.ofSeconds(20)).until(d -> expertName.equals(browser.heading()));
                assertThat(browser.find("main").getText()).as("the inquiry answered at the desk")
                        .contains(look.track());
                browser.screenshot("coordinators-profile-" + look.language() + "-" + look.width())
                        .assertAccessible();
            }
        }
    }

    @Test
    void aCoordinatorStartsACaseFromAnAnsweredInquiryAndTheOtherCoordinatorPublishesIt() {
        String caseAddress;
        try (Chromium author = Chromium.open(portal(), "ja", 1280)) {
            author.logIn(DemoUser.COORDINATOR).visit("/p/inquiries/desk-case?ref=" + answered);
            author.find("[data-move=support-case]").click();
            author.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("draft=handed"));
            assertThat(author.find("#case-title").getDomProperty("value")).isEqualTo(SUBJECT);
            assertThat(author.find("#case-challenge").getDomProperty("value")).contains("大学の特許")
                    .doesNotContain("foo@example.jp");
            assertThat(author.find("#case-approach").getDomProperty("value")).contains("TLO");
            assertThat(new Select(author.find("#case-company\\.region")).getFirstSelectedOption()
                    .getDomAttribute("value")).isEqualTo("Chubu");
            author.screenshot("coordinators-case-from-inquiry-ja-1280").assertAccessible();
            author.type("#case-lessons", "早い段階で TLO を巻き込む");
            author.find("input[name=outcomes][value=partnership]").click();
            author.find("main form button[type=submit]").click();
            author.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("cases?id="));
            caseAddress = author.driver().getCurrentUrl().substring(portal().length());
            new Select(author.find("#case-reviewer")).selectByValue(userId(DemoUser.WIDE_COORDINATOR));
            author.find("[data-action=submit]").click();
            author.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("[data-action=submit]"))
                    .isEmpty());
            author.screenshot("coordinators-case-in-review-ja-1280").assertAccessible();
        }
        try (Chromium reviewer = Chromium.open(portal(), "en", 390)) {
            reviewer.logIn(DemoUser.WIDE_COORDINATOR).visit(caseAddress);
            reviewer.screenshot("coordinators-case-review-en-390").assertAccessible();
            reviewer.find("[data-action=approve]").click();
            reviewer.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("[data-action=approve]"))
                    .isEmpty());
            assertThat(reviewer.find("main .meta").getText()).contains("Published");
            reviewer.screenshot("coordinators-case-published-en-390").assertAccessible();
        }
    }

    @Test
    void aMemberAsksACoordinatorAnswersAndTheMemberAcceptsTheAnswer() {
        String title = "めっき皮膜の剥離 " + RUN;
        String questionAddress;
        try (Chromium asker = Chromium.open(portal(), "en", 1280)) {
            asker.logIn(DemoUser.MEMBER_STAFF).visit("/p/coordinators/questions?ask");
            asker.type("#ask-title", title);
            asker.type("#ask-body", "Why does the plating peel off after heat treatment?");
            asker.find("input[name=fields][value=manufacturing]").click();
            asker.screenshot("coordinators-ask-en-1280").assertAccessible();
            asker.find("main form button[type=submit]").click();
            asker.waiting(Duration.ofSeconds(20)).until(d -> title.equals(asker.heading()));
            questionAddress = asker.driver().getCurrentUrl().substring(portal().length());
        }
        try (Chromium expert = Chromium.open(portal(), "ja", 390)) {
            expert.logIn(DemoUser.COORDINATOR).visit(questionAddress);
            expert.type("#answer-body", "前処理の**脱脂不足**が多いです。");
            expert.find("main section form button[type=submit]").click();
            expert.find("main li.card strong");
            expert.screenshot("coordinators-answered-ja-390").assertAccessible();
        }
        try (Chromium asker = Chromium.open(portal(), "ja", 1280)) {
            asker.logIn(DemoUser.MEMBER_STAFF).visit(questionAddress);
            asker.find("[data-action=accept]").click();
            asker.find(".answer-accepted");
            assertThat(asker.driver().findElements(By.cssSelector("[data-action=accept]"))).isEmpty();
            asker.screenshot("coordinators-accepted-ja-1280").assertAccessible();
        }
    }

    @Test
    void aCoordinatorAsksForHelpAnotherOffersItAndTheyShareAThreadOnceAccepted() {
        String title = "北陸のめっき専門家を探しています " + RUN;
        String requestAddress;
        try (Chromium requester = Chromium.open(portal(), "ja", 1280)) {
            requester.logIn(DemoUser.WIDE_COORDINATOR).visit("/p/coordinators/help-requests?new");
            requester.type("#help-title", title);
            requester.type("#help-body", "TAMA の顧客企業がめっきの密着不良で困っています。");
            new Select(requester.find("#help-region-post")).selectByValue("Chubu");
            requester.find("input[name=fields][value=manufacturing]").click();
            requester.setValue("#help-deadline", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14).toString());
            requester.screenshot("coordinators-help-post-ja-1280").assertAccessible();
            requester.find("main form button[type=submit]").click();
            requester.waiting(Duration.ofSeconds(20)).until(d -> title.equals(requester.heading()));
            requestAddress = requester.driver().getCurrentUrl().substring(portal().length());
        }
        try (Chromium helper = Chromium.open(portal(), "en", 390)) {
            helper.logIn(DemoUser.COORDINATOR).visit(requestAddress);
            helper.type("#help-offer", "I can advise on adhesion of plating; I handled three such cases in Chubu.");
            helper.find("main section form button[type=submit]").click();
            helper.find("li[data-offer]");
            helper.screenshot("coordinators-help-offered-en-390").assertAccessible();
        }
        try (Chromium requester = Chromium.open(portal(), "en", 1280)) {
            requester.logIn(DemoUser.WIDE_COORDINATOR).visit(requestAddress);
            requester.find("[data-action=accept]").click();
            requester.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("main")).getText()
                    .contains("The offer is accepted."));
            requester.type("#help-message", "Thank you — could we talk on Monday?");
            requester.find("section.thread form button[type=submit]").click();
            requester.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("section.thread"))
                    .getText().contains("Monday"));
            requester.screenshot("coordinators-help-thread-en-1280").assertAccessible();
        }
        try (Chromium helper = Chromium.open(portal(), "ja", 390)) {
            helper.logIn(DemoUser.COORDINATOR).visit(requestAddress);
            assertThat(helper.find("section.thread").getText()).contains("Monday");
            helper.screenshot("coordinators-help-thread-ja-390").assertAccessible();
        }
    }

    @Test
    void aCoordinatorRecordsACertificateAndTheSecretariatChecksIt() {
        String title = "インキュベーション・マネージャー " + RUN;
        try (Chromium coordinator = Chromium.open(portal(), "ja", 390)) {
            coordinator.logIn(DemoUser.WIDE_COORDINATOR).visit("/p/coordinators/capacity");
            new Select(coordinator.find("#certificate-kind")).selectByValue("incubation-manager");
            coordinator.type("#certificate-title", title);
            coordinator.type("#certificate-issuer", "日本ビジネス・インキュベーション協会");
            coordinator.setValue("#certificate-issued", "2019-03-15");
            coordinator.find("form.stack button[type=submit]").click();
            coordinator.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("main")).getText()
                    .contains(title));
            coordinator.screenshot("coordinators-capacity-ja-390").assertAccessible();
        }
        try (Chromium secretariat = Chromium.open(portal(), "en", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT).visit("/p/coordinators/capacity?user="
                    + userId(DemoUser.WIDE_COORDINATOR));
            secretariat.find("[data-action=verify]").click();
            secretariat.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("main")).getText()
                    .contains("The certificate is marked as checked."));
            secretariat.screenshot("coordinators-capacity-checked-en-1280").assertAccessible();
            secretariat.visit("/p/coordinators/capacity");
            secretariat.screenshot("coordinators-capacity-network-en-1280").assertAccessible();
        }
    }

    private static JsonObject profile(DemoUser user, String summary, String tag) {
        HttpResponse<String> written = as(user).putBytes(API + "/profiles/me", "application/json", """
                {"summary":{"ja":"%s","en":"Plating and IP"},"region":"Chubu","prefectures":["22"],
                 "fields":["manufacturing"],"services":["ip-licensing"],"tags":["%s"],"industries":[],
                 "languages":["ja","en"],"background":{"ja":"表面処理の企業で20年"},"programmes":["knowledge-cluster"],
                 "availability":{"helpRequests":true,"visits":true},
                 "visibility":{"expertise":"members","background":"members","programmes":"members",
                 "availability":"network"}}
                """.formatted(summary, tag).getBytes(StandardCharsets.UTF_8));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(written);
    }

    private static String userId(DemoUser user) {
        return ((JsonObject) PortalClient.json(as(user).get(API + "/profiles/me"))).getString("userId");
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }
}
