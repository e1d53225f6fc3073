package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.plugin.EventsFixture.BASE;
import static jp.innovationnet.portal.it.plugin.EventsFixture.event;
import static jp.innovationnet.portal.it.plugin.EventsFixture.idOf;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
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
import org.openqa.selenium.WebElement;

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.plugin.EventsFixture;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The organisers' screen of the events plugin in a real browser: a member organization's staff creates an event
 * (the server's field errors, nested ones too, appear at the fields), adds a session, previews the programme and
 * publishes; an edit based on an old version is explained and the latest one loaded; the registrations are listed in
 * order, searched by name, a person is added and one cancelled; at the door, on a phone, the address a scanned QR
 * code opens checks the registrant in (again: already checked in; not confirmed: refused) and so does a name; a
 * member who organises nothing gets no menu entry and is refused. Every screen passes axe, in Japanese and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class EventsOrganiserScreensIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
            + ThreadLocalRandom.current().nextInt(100);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String SCREEN = "/p/events/organise";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installEvents() {
        MembershipFixtures.ensureTama();
        EventsFixture.install();
    }

    @Test
    void aMembersStaffCreatesAnEventFixesWhatTheServerNamesAndPublishesIt() {
        String title = "産学連携セミナー " + RUN;
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(20).truncatedTo(ChronoUnit.DAYS)
                .withHour(13).withMinute(30);
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF);
            browser.find(".site-nav a[href='" + SCREEN + "']").click();
            browser.awaitScreen();
            assertThat(browser.heading()).isEqualTo("イベント運営");
            browser.screenshot("events-organise-list-ja").assertAccessible();

            browser.find("main a.button[href*='new']").click();
            browser.awaitScreen();
            assertThat(browser.heading()).isEqualTo("新しいイベント");
            browser.type("#event-title-ja", title);
            browser.type("#event-title-en", "Industry-academia seminar " + RUN);
            browser.type("#event-summary-ja", "技術移転の事例を紹介します。");
            browser.type("#event-summary-en", "Cases of technology transfer.");
            browser.type("#event-programme-ja", "## 第一部\n- 基調講演");
            browser.type("#venue-address", "東京都八王子市旭町9-1");
            browser.setValue("#event-start", LOCAL.format(start));
            browser.setValue("#event-end", LOCAL.format(start.minusHours(1)));
            browser.type("#contact-name", "TAMA 事務局");
            browser.type("#contact-email", "events@tama.example");
            browser.find("#add-session").click();
            browser.setValue("#session-0-start", LOCAL.format(start));
            browser.setValue("#session-0-end", LOCAL.format(start.minusMinutes(30)));
            browser.type("#session-0-titleJa", "基調講演");
            browser.type("#session-0-titleEn", "Keynote");
            browser.find("form.organise-form button[type=submit]").click();

            browser.find("#event-end[aria-invalid='true']");
            assertThat(browser.find("#event-end-error").getText()).isEqualTo("開始より後の日時にしてください");
            assertThat(browser.find("#session-0-end-error")
                    .getText()).isEqualTo("開始より後の日時にしてください");
            assertThat(browser.find("#event-closes-error").getText()).as("registration closes by default at the start")
                    .isEqualTo("開催終了までに締め切ってください");
            assertThat(browser.find("form.organise-form .form-errors [role=alert]").getText())
                    .isEqualTo("入力内容に誤りがあります。表示された項目をご確認ください。");
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                    .as("focus on the first field at fault").isEqualTo("event-end");
            browser.screenshot("events-organise-errors-ja").assertAccessible();

            browser.setValue("#event-end", LOCAL.format(start.plusHours(3)));
            browser.setValue("#session-0-end", LOCAL.format(start.plusHours(1)));
            browser.find("#add-session").click();
            browser.setValue("#session-1-start", LOCAL.format(start.plusHours(1)));
            browser.setValue("#session-1-end", LOCAL.format(start.plusHours(3)));
            browser.type("#session-1-titleJa", "交流会");
            browser.type("#session-1-titleEn", "Networking");
            browser.find("form.organise-form button[type=submit]").click();
            awaitNotice(browser, "イベントを下書きとして作成しました。");
            assertThat(browser.driver().getCurrentUrl()).contains("edit=");
            assertThat(browser.heading()).isEqualTo("イベントの編集:" + title);
            assertThat(browser.find(".organise-overview .organise-status").getText()).isEqualTo("下書き");

            browser.find("button[aria-controls='preview-ja']").click();
            assertThat(browser.find("#preview-ja h3").getText())
                    .as("as the event's page shows it: headings below the screen's own").isEqualTo("第一部");
            browser.screenshot("events-organise-form-ja").assertAccessible();

            browser.find("button[data-move='publish']").click();
            browser.find("dialog[open] button[value='confirm']").click(); // the kit's confirmation
            awaitNotice(browser, "公開しました。");
            assertThat(browser.find(".organise-overview .organise-status").getText()).isEqualTo("公開中");
            browser.assertAccessible();

            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*edit=(\\d+).*", "$1"));
            JsonObject saved = (JsonObject) PortalClient.json(as(DemoUser.MEMBER_ADMIN).get(BASE + "/" + id));
            assertThat(saved.getString("status")).isEqualTo("published");
            assertThat(saved.getString("organiserId")).isEqualTo("tama");
            assertThat(saved.getString("timeZone")).isEqualTo("Asia/Tokyo");
            assertThat(saved.getJsonObject("detail").getJsonArray("sessions")).hasSize(2);

            browser.visit(SCREEN);
            assertThat(browser.find("li[data-event='" + id + "']").getText()).contains(title).contains("公開中");
        }
    }

    @Test
    void aStaleEditIsExplainedAndTheLatestVersionLoaded() {
        JsonObject created = EventsFixture.create(as(DemoUser.MEMBER_ADMIN), event("版の確認 " + RUN, "all-members", 30));
        long id = idOf(created);
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF).visit(SCREEN + "?edit=" + id);
            assertThat(browser.heading()).isEqualTo("Edit event: 版の確認 " + RUN + " (en)");
            browser.screenshot("events-organise-form-en").assertAccessible();

            long version = created.getJsonObject("detail").getJsonNumber("version").longValue();
            HttpResponse<String> meanwhile = as(DemoUser.MEMBER_ADMIN).putBytes(BASE + "/" + id, "application/json",
                    event("版の確認 " + RUN, "all-members", 40).add("version", version)
                            .add("title", Json.createObjectBuilder().add("ja", "版の確認 " + RUN)
                                    .add("en", "Changed meanwhile " + RUN))
                            .build().toString().getBytes(StandardCharsets.UTF_8));
            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);

            browser.type("#event-summary-en", "A newer summary");
            browser.find("form.organise-form button[type=submit]").click();
            assertThat(browser.find("form.organise-form .form-errors [role=alert]").getText())
                    .contains("Someone else changed this event");
            browser.assertAccessible();
            browser.find("form.organise-form .form-errors button").click();
            awaitNotice(browser, "The latest version has been loaded.");
            assertThat(browser.find("#event-title-en").getDomProperty("value")).isEqualTo("Changed meanwhile " + RUN);
            assertThat(browser.find("#event-capacity").getDomProperty("value")).isEqualTo("40");

            browser.type("#event-summary-en", "A newer summary");
            browser.find("form.organise-form button[type=submit]").click();
            awaitNotice(browser, "Saved.");
        }
        JsonObject saved = (JsonObject) PortalClient.json(as(DemoUser.MEMBER_ADMIN).get(BASE + "/" + id));
        assertThat(saved.getJsonObject("summary").getString("en")).isEqualTo("A newer summary");
        assertThat(saved.getJsonObject("title").getString("en")).isEqualTo("Changed meanwhile " + RUN);
    }

    @Test
    void registrationsAreListedInOrderSearchedAddedAndCancelled() {
        long id = idOf(EventsFixture.published(as(DemoUser.MEMBER_ADMIN), event("申込管理 " + RUN, "all-members", 2)));
        register(DemoUser.OTHER_MEMBER_STAFF, id);
        register(DemoUser.COORDINATOR, id);
        String added = "来場 花子" + RUN;
        try (Chromium browser = Chromium.open(portal(), "ja", 1280)) {
            browser.logIn(DemoUser.MEMBER_STAFF).visit(SCREEN + "?event=" + id + "&view=registrations");
            assertThat(browser.heading()).isEqualTo("申込者:申込管理 " + RUN);
            assertThat(browser.find("a[href$='/registrations.csv']").getDomAttribute("download")).isNotBlank();

            browser.type("#person-name", added);
            browser.type("#person-email", "hanako-" + RUN + "@visitor.example");
            browser.find("section[aria-labelledby='add-heading'] button[type=submit]").click();
            awaitNotice(browser, added + " さんを登録しました。");
            List<String> statuses = browser.driver().findElements(By.cssSelector("tr[data-registration]")).stream()
                    .map(row -> row.getDomAttribute("data-status")).toList();
            assertThat(statuses).containsExactly("confirmed", "confirmed", "waiting");
            assertThat(rowOf(browser, added).getText()).contains("待ち 1 番目");
            browser.screenshot("events-organise-registrations-ja").assertAccessible();

            browser.type("#registrations-q", "来場");
            browser.find("form[role=search] button[type=submit]").click();
            browser.waiting(WAIT).until(d ->
                    d.findElements(By.cssSelector("tr[data-registration]")).size() == 1);
            assertThat(browser.find("tr[data-registration]").getText()).contains(added);

            browser.visit(SCREEN + "?event=" + id + "&view=registrations");
            WebElement first = browser.driver().findElements(By.cssSelector("tr[data-registration]")).getFirst();
            String cancelledName = first.findElement(By.cssSelector("th")).getText().lines().findFirst().orElseThrow();
            first.findElement(By.cssSelector("button[data-action='cancel']")).click();
            browser.find("dialog[open] button[value='confirm']").click(); // the kit's confirmation
            awaitNotice(browser, cancelledName + " さんの申込を取り消しました。");
            assertThat(rowOf(browser, added).getDomAttribute("data-status"))
                    .as("the first on the waiting list takes the seat").isEqualTo("confirmed");
            browser.assertAccessible();
        }
        try (Chromium browser = Chromium.open(portal(), "en", 390)) {
            browser.logIn(DemoUser.MEMBER_ADMIN).visit(SCREEN + "?event=" + id + "&view=registrations");
            assertThat(browser.heading()).isEqualTo("Registrations: 申込管理 " + RUN + " (en)");
            browser.screenshot("events-organise-registrations-phone-en").assertAccessible();
        }
    }

    @Test
    void atTheDoorAScannedQrAddressChecksInAndSoDoesAName() {
        long id = idOf(EventsFixture.published(as(DemoUser.MEMBER_ADMIN), event("当日受付 " + RUN, "all-members", 2)));
        register(DemoUser.COORDINATOR, id);
        register(DemoUser.OTHER_MEMBER_STAFF, id);
        register(DemoUser.MEMBER_ADMIN, id);
        JsonObject coordinator = mine(DemoUser.COORDINATOR, id);
        JsonObject other = mine(DemoUser.OTHER_MEMBER_STAFF, id);
        JsonObject waiting = mine(DemoUser.MEMBER_ADMIN, id);
        assertThat(waiting.getString("status")).isEqualTo("waiting");
        String checkin = SCREEN + "?view=checkin&event=" + id + "&code=";

        try (Chromium phone = Chromium.open(portal(), "ja", 390)) {
            phone.logIn(DemoUser.MEMBER_STAFF).visit(checkin + coordinator.getString("checkInCode"));
            WebElement outcome = phone.find(".organise-checkin[data-outcome='checked-in']");
            assertThat(outcome.findElement(By.cssSelector(".organise-checkin-who")).getText())
                    .isEqualTo(coordinator.getString("name"));
            assertThat(outcome.getText()).contains("受付しました");
            assertThat(phone.driver().getCurrentUrl()).as("the code leaves the address").doesNotContain("code=");
            assertThat(phone.find(".organise-counter").getText()).isEqualTo("受付済み 1 / 参加確定 2");
            phone.screenshot("events-organise-checkin-phone-ja").assertAccessible();

            phone.visit(checkin + coordinator.getString("checkInCode"));
            assertThat(phone.find(".organise-checkin[data-outcome='already']").getText()).contains("受付済みです");
            phone.visit(checkin + waiting.getString("checkInCode"));
            assertThat(phone.find(".organise-checkin[data-outcome='not-confirmed']").getText())
                    .contains("受付できません").contains("キャンセル待ち");
            phone.screenshot("events-organise-checkin-refused-phone-ja").assertAccessible();

            String part = other.getString("name").substring(0, Math.min(2, other.getString("name").length()));
            phone.type("#checkin-name", part);
            phone.find("form[role=search] button[type=submit]").click();
            phone.find("li[data-registration='" + other.getInt("id") + "'] button").click();
            assertThat(phone.find(".organise-checkin[data-outcome='checked-in'] .organise-checkin-who").getText())
                    .isEqualTo(other.getString("name"));
            phone.waiting(WAIT).until(d ->
                    d.findElement(By.cssSelector(".organise-counter")).getText().equals("受付済み 2 / 参加確定 2"));
            phone.screenshot("events-organise-checkin-by-name-phone-ja").assertAccessible();
        }
        try (Chromium phone = Chromium.open(portal(), "en", 390)) {
            phone.logIn(DemoUser.MEMBER_ADMIN).visit(SCREEN + "?view=checkin&event=" + id);
            assertThat(phone.find(".organise-counter").getText()).isEqualTo("2 checked in of 2 confirmed");
            phone.screenshot("events-organise-checkin-phone-en").assertAccessible();

            phone.visit(SCREEN + "?view=report&event=" + id);
            assertThat(phone.heading()).isEqualTo("Report: 当日受付 " + RUN + " (en)");
            assertThat(phone.find("[data-figure='registered'] dd").getText()).isEqualTo("3");
            assertThat(phone.find("[data-figure='confirmed'] dd").getText()).isEqualTo("2");
            assertThat(phone.find("[data-figure='waiting'] dd").getText()).isEqualTo("1");
            assertThat(phone.find("a[href$='/report.csv']").getDomAttribute("download")).isNotBlank();
            phone.screenshot("events-organise-report-phone-en").assertAccessible();
        }
        assertThat(EventsFixture.registrations(as(DemoUser.MEMBER_ADMIN), id).getValuesAs(JsonObject.class))
                .filteredOn(r -> r.containsKey("checkedInAt")).hasSize(2);
    }

    @Test
    void aMemberWhoOrganisesNothingHasNoEntryAndIsRefused() {
        try (Chromium browser = Chromium.open(portal(), "en", 1280)) {
            browser.logIn(DemoUser.STEERING_AGENCY);
            assertThat(browser.driver().findElements(By.cssSelector(".site-nav a[href='" + SCREEN + "']"))).isEmpty();
            browser.visit(SCREEN + "?new");
            assertThat(browser.heading()).isEqualTo("Page not found");
            assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();
        }
        HttpResponse<String> refused = as(DemoUser.STEERING_AGENCY).postJson(BASE,
                event("権限なし " + RUN, "all-members", 10).build().toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    private static void register(DemoUser user, long eventId) {
        HttpResponse<String> registered = as(user).postJson(BASE + "/" + eventId + "/registration", "");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
    }

    private static JsonObject mine(DemoUser user, long eventId) {
        HttpResponse<String> mine = as(user).get(BASE + "/" + eventId + "/registration");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(mine);
    }

    private static WebElement rowOf(Chromium browser, String name) {
        return browser.driver().findElements(By.cssSelector("tr[data-registration]")).stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow();
    }

    private static void awaitNotice(Chromium browser, String text) {
        // the screen is drawn again after an action: an earlier notice may go stale while it is read
        browser.waiting(WAIT).until(d ->
                d.findElements(By.cssSelector(".notice")).stream().anyMatch(e -> e.getText().contains(text)));
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("class"))
                .as("focus on the outcome").contains("notice");
    }

}
