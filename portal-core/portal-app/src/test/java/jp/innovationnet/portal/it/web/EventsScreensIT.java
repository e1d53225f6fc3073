package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonArray;
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

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.plugin.EventsFixture;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The events plugin's screens in a real browser: a visitor browses the list and the month calendar and sees only
 * public events, reads one, registers with the public form and cancels on their own page; a member registers in one
 * click and cancels, and finds it and their calendar feed under "my events"; an organization's profile lists its
 * upcoming events. In Japanese and English, at desktop and phone width, each screen
 * checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class EventsScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String PUBLIC_TITLE = "公開マッチングフェア" + RUN;
    private static final String MEMBERS_TITLE = "会員交流マッチング" + RUN;
    private static final String OTHERS_TITLE = "浜松の公開フェア" + RUN;

    private static long publicId;
    private static long membersId;
    private static String month;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /**
     * TAMA's two events start tomorrow: its profile shows its five soonest events, and the classes before this one
     * leave TAMA events 30 days ahead in the run's database.
     */
    @BeforeAll
    static void eventsOfTamaAndOfAnotherMember() {
        MembershipFixtures.ensureTama();
        EventsFixture.install();
        JsonObject open = EventsFixture.published(as(DemoUser.MEMBER_ADMIN),
                EventsFixture.event(PUBLIC_TITLE, "public", 30, 1).add("kind", "matching-fair"));
        publicId = EventsFixture.idOf(open);
        membersId = EventsFixture.idOf(EventsFixture.published(as(DemoUser.MEMBER_ADMIN),
                EventsFixture.event(MEMBERS_TITLE, "all-members", 5, 1).add("kind", "matching-fair")));
        EventsFixture.published(as(DemoUser.OTHER_MEMBER_STAFF),
                EventsFixture.event(OTHERS_TITLE, "public", null).add("kind", "matching-fair"));
        month = OffsetDateTime.parse(open.getString("startsAt")).atZoneSameInstant(ZoneId.of("Asia/Tokyo"))
                .toLocalDate().toString().substring(0, 7);
    }

    @Test
    void aVisitorBrowsesPublicEventsInTheListAndTheCalendarAndReadsOne() {
        try (Chromium visitor = Chromium.open(portal(), "ja", 1280)) {
            visitor.visit("/p/events/events");
            assertThat(visitor.heading()).isEqualTo("イベント");
            new Select(visitor.find("#event-filter-kind")).selectByValue("matching-fair");
            visitor.find("form.event-filters button[type=submit]").click();
            awaitUrl(visitor, "kind=matching-fair");
            visitor.find("[data-event='" + publicId + "']");
            assertThat(visitor.find("main").getText()).contains(PUBLIC_TITLE).doesNotContain(MEMBERS_TITLE);
            visitor.screenshot("events-list-ja").assertAccessible();

            visitor.find(".event-views a[href*='month=']").click();
            awaitUrl(visitor, "month=");
            visitor.awaitScreen();
            assertThat(visitor.driver().findElements(By.cssSelector(".event-month td[aria-current='date']")))
                    .as("today is marked").hasSize(1);
            assertThat(visitor.find(".event-month thead").getText()).startsWith("月");

            visitor.visit("/p/events/events?month=" + month);
            visitor.find(".event-month a[href='/p/events/events?id=" + publicId + "']");
            assertThat(visitor.find(".event-month").getText()).doesNotContain(MEMBERS_TITLE);
            visitor.screenshot("events-calendar-ja").assertAccessible();

            visitor.find(".event-month a[href='/p/events/events?id=" + publicId + "']").click();
            visitor.awaitScreen();
            visitor.waiting(Duration.ofSeconds(20))
                    .until(d -> PUBLIC_TITLE.equals(visitor.heading()));
            assertThat(visitor.find(".event-programme-text h3").getText()).isEqualTo("第一部");
            assertThat(visitor.driver().findElements(By.cssSelector("main h1"))).hasSize(1);
            assertThat(visitor.find(".event-timetable").getText()).contains("基調講演");
            assertThat(visitor.find(".event-facts").getText()).contains("残り 30 席").contains("浜松会場");
            assertThat(visitor.find(".event-links a[download]").getDomAttribute("href"))
                    .isEqualTo("/api/plugins/events/events/" + publicId + "/calendar.ics");
            visitor.find(".event-registration h2");
            visitor.screenshot("event-detail-visitor-ja").assertAccessible();

            visitor.visit("/p/events/events?id=" + membersId);
            assertThat(visitor.heading()).as("a member-only event is not there for visitors")
                    .isEqualTo("イベントが見つかりません");
        }
    }

    @Test
    void aVisitorRegistersForAPublicEventWithTheFormAndCancelsOnTheirOwnPage() throws InterruptedException {
        try (Chromium visitor = Chromium.open(portal(), "en", 1280)) {
            visitor.visit("/p/events/events?id=" + publicId);
            visitor.find("#public-email").sendKeys("not-an-address");
            assertThat(visitor.driver().findElement(By.cssSelector(".honeypot")).getDomAttribute("aria-hidden"))
                    .isEqualTo("true");
            Thread.sleep(1500); // the portal refuses a public form sent sooner than a person fills it (1 s in tests)
            visitor.find("form.event-public-form button[type=submit]").click();
            assertThat(visitor.find("#public-name-error").getText()).isNotBlank();
            assertThat(visitor.find("#public-email-error").getText()).isNotBlank();
            assertThat(visitor.find("#public-name").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(visitor.find("#public-name").getDomAttribute("aria-describedby")).isEqualTo("public-name-error");
            visitor.screenshot("event-public-form-errors-en").assertAccessible();

            visitor.find("#public-name").sendKeys("Visitor " + RUN);
            visitor.find("#public-email").clear();
            visitor.find("#public-email").sendKeys("visitor-" + RUN + "@example.jp");
            visitor.find("form.event-public-form button[type=submit]").click();
            awaitUrl(visitor, "registration=");
            assertThat(visitor.heading()).isEqualTo("Your registration");
            assertThat(visitor.find(".facts .event-badge").getText()).isEqualTo("Confirmed");
            visitor.find("img.event-qr");
            visitor.waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                    visitor.driver().executeScript("const img = document.querySelector('img.event-qr');"
                            + " return img.complete && img.naturalWidth > 0;")));
            visitor.screenshot("event-registrant-en").assertAccessible();

            visitor.find("main button").click();
            awaitText(visitor, ".event-outcome", "Your registration is cancelled.");
            assertThat(visitor.find(".facts .event-badge").getText()).isEqualTo("Cancelled");
            assertThat(visitor.driver().findElements(By.cssSelector("img.event-qr"))).isEmpty();
        }
    }

    @Test
    void aMemberRegistersInOneClickCancelsAndFindsItUnderMyEventsOnAPhone() {
        try (Chromium member = Chromium.open(portal(), "en", 390)) {
            member.logIn(DemoUser.MEMBER_STAFF).visit("/p/events/events?kind=matching-fair");
            assertThat(member.find("main").getText()).contains(MEMBERS_TITLE + " (en)");
            member.screenshot("events-list-en-390").assertAccessible();

            member.visit("/p/events/events?id=" + membersId);
            assertThat(member.heading()).isEqualTo(MEMBERS_TITLE + " (en)");
            member.find("form.event-register button[type=submit]").click();
            awaitText(member, ".event-mine", "Confirmed");
            assertThat(member.find(".event-outcome").getText()).startsWith("You are registered.");
            assertThat(member.find(".event-facts").getText()).contains("4 seats left");
            member.screenshot("event-registered-en-390").assertAccessible();

            member.find(".event-actions button").click();
            awaitText(member, ".event-mine", "Cancelled");
            assertThat(member.find(".event-outcome").getText()).isEqualTo("Your registration is cancelled.");
            member.find("form.event-register button[type=submit]");
            assertThat(member.find(".event-facts").getText()).contains("5 seats left");

            member.visit("/p/events/my-events");
            assertThat(member.heading()).isEqualTo("My events");
            assertThat(member.find("#my-events-upcoming + ul [data-event='" + membersId + "']").getText())
                    .contains(MEMBERS_TITLE + " (en)").contains("Cancelled");
            assertThat(member.driver().findElements(By.cssSelector("[data-event='" + publicId + "']")))
                    .as("only the events they registered for").isEmpty();
            member.screenshot("my-events-en-390").assertAccessible();
            if (member.driver().findElements(By.id("my-events-feed-url")).isEmpty()) {
                renewFeed(member); // made before, by an earlier test run: only its date is shown
            }
            String feed = member.find("#my-events-feed-url").getDomProperty("value");
            assertThat(feed).contains("/api/plugins/events/feeds/").endsWith(".ics");
            renewFeed(member);
            assertThat(member.find("#my-events-feed-url").getDomProperty("value")).as("a new secret")
                    .contains("/api/plugins/events/feeds/").isNotEqualTo(feed);
            member.visit("/p/events/my-events");
            assertThat(member.find(".event-feed").getText()).as("shown only when made")
                    .contains("cannot be shown again");
            assertThat(member.driver().findElements(By.id("my-events-feed-url"))).isEmpty();
        }
    }

    @Test
    void anOrganizationsProfileListsItsUpcomingEventsInBothLanguages() {
        try (Chromium member = Chromium.open(portal(), "en", 1280)) {
            member.logIn(DemoUser.OTHER_MEMBER_STAFF).visit("/organizations/tama");
            assertThat(member.find("section[data-plugin='events'] h2").getText()).isEqualTo("Upcoming events");
            assertThat(member.find("section[data-plugin='events']").getText())
                    .contains(PUBLIC_TITLE + " (en)").contains(MEMBERS_TITLE + " (en)").doesNotContain(OTHERS_TITLE);
            member.screenshot("profile-events-en").assertAccessible();
        }
        try (Chromium member = Chromium.open(portal(), "ja", 390)) {
            member.logIn(DemoUser.MEMBER_STAFF).visit("/organizations/tama");
            assertThat(member.find("section[data-plugin='events'] h2").getText()).isEqualTo("開催予定のイベント");
            member.find("section[data-plugin='events'] a[href='/p/events/events?id=" + publicId + "']").click();
            member.awaitScreen();
            member.waiting(Duration.ofSeconds(20)).until(d -> PUBLIC_TITLE.equals(member.heading()));
            member.screenshot("event-detail-member-ja-390").assertAccessible();
        }
    }

    @Test
    void theHomePageShowsTheNextEventsMeantForTheReaderAsAPanel() {
        List<String> next = ((JsonArray) PortalClient.json(as(DemoUser.MEMBER_STAFF)
                .get("/api/plugins/events/events?limit=5"))).getValuesAs(JsonObject.class).stream()
                .map(e -> String.valueOf(e.getJsonNumber("id").longValue())).toList();
        assertThat(next).as("TAMA's events of this run are meant for its staff").isNotEmpty();
        try (Chromium member = Chromium.open(portal(), "ja", 390)) {
            member.logIn(DemoUser.MEMBER_STAFF);
            assertThat(member.find(".dashboard section.panel[data-plugin='events'] h2").getText())
                    .isEqualTo("あなた向けの今後のイベント");
            assertThat(member.driver().findElements(By.cssSelector(
                    ".dashboard section[data-plugin='events'] .panel-list > li")).stream()
                    .map(li -> li.getDomAttribute("data-event")).toList()).isEqualTo(next);
            assertThat(member.find(".dashboard section[data-plugin='events'] p > a[href='/p/events/events']").getText())
                    .isEqualTo("すべてのイベント");
            member.screenshot("home-events-panel-ja-390").assertAccessible();
        }
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    private static void awaitUrl(Chromium browser, String part) {
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(part));
        browser.awaitScreen();
    }

    private static void renewFeed(Chromium member) {
        member.find(".event-feed .button.secondary").click();
        member.find("dialog[open] button[value='confirm']").click(); // the kit's confirmation
        awaitText(member, ".event-feed .event-outcome", "New address made.");
    }

    private static void awaitText(Chromium browser, String css, String text) {
        browser.waiting(Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }
}
