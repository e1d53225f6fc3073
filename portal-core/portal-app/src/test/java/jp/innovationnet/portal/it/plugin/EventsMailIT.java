package jp.innovationnet.portal.it.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.ServerJmx;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;

import static jp.innovationnet.portal.it.plugin.EventsFixture.BASE;
import static jp.innovationnet.portal.it.plugin.EventsFixture.idOf;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events plugin's mails, in each registrant's language, through the portal's outbox: confirmation with the
 * calendar file, waiting list and promotion, changes, cancellation, organisers' messages, the reminder the day
 * before (once, also across a restart) and the registrations of an organization that leaves the network.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class EventsMailIT {

    private static final Duration MAIL = Duration.ofSeconds(30);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private final PortalClient organiser = as(DemoUser.MEMBER_ADMIN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void install() {
        EventsFixture.install();
    }

    @Test
    void registrantsAreToldInTheirLanguageWithACalendarFileAndWhenTheyMoveUp() throws Exception {
        long id = idOf(EventsFixture.published(organiser, EventsFixture.event("メール確認" + RUN, "public", 1)));
        String ja = address("ja");
        String en = address("en");

        long first = registerSomeone(id, "山田 花子", ja, "ja", "tama");
        MimeMessage confirmation = MailCatcher.awaitMessageTo(ja, MAIL);
        assertThat(confirmation.getSubject()).isEqualTo("【参加確定】メール確認" + RUN);
        assertThat(confirmation.getContentLanguage()).containsExactly("ja");
        assertThat(text(confirmation)).contains("山田 花子 様", "浜松会場",
                "/p/events/events?id=" + id);
        VEvent calendarJa = calendar(confirmation).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(calendarJa.getSummary().getValue()).isEqualTo("メール確認" + RUN);
        assertThat(calendarJa.getUrl().getValue()).endsWith("/p/events/events?id=" + id);
        assertThat(attachment(confirmation, "check-in-" + first + ".png").getContentType()).startsWith("image/png");

        registerSomeone(id, "Jane Smith", en, "en", "tama");
        MimeMessage waiting = MailCatcher.awaitMessageTo(en, MAIL);
        assertThat(waiting.getSubject()).isEqualTo("On the waiting list: メール確認" + RUN + " (en)");
        assertThat(waiting.getContentLanguage()).containsExactly("en");
        assertThat(text(waiting)).contains("Dear Jane Smith", "waiting list (place 1)");

        assertThat(organiser.delete(BASE + "/" + id + "/registrations/" + first).statusCode()).isEqualTo(200);
        Await.until("the promotion by mail", MAIL, () -> MailCatcher.messagesTo(en).size() == 2);
        MimeMessage promoted = MailCatcher.messagesTo(en).get(1);
        assertThat(promoted.getSubject()).isEqualTo("A seat is yours: メール確認" + RUN + " (en)");
        VEvent calendarEn = calendar(promoted).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(calendarEn.getSummary().getValue()).isEqualTo("メール確認" + RUN + " (en)");
    }

    @Test
    void registrantsOfAnEventWithApprovalHearThatTheyWaitForItAndWhatWasDecided() throws Exception {
        String title = "承認確認" + RUN;
        long id = idOf(EventsFixture.published(organiser, EventsFixture.event(title, "all-members", 5)
                .add("approvalRequired", true)));
        String mine = BASE + "/" + id + "/registration";
        long accepted = idOf(ok(as(DemoUser.MEMBER_STAFF).postJson(mine, "")));
        long refused = idOf(ok(as(DemoUser.OTHER_MEMBER_STAFF).postJson(mine, "")));
        Await.until("the notices of pending approval", MAIL,
                () -> mailsAbout(title, "staff@tama.example").size() == 1
                        && mailsAbout(title, "staff@hamamatsu.example").size() == 1);
        assertThat(subject(mailsAbout(title, "staff@tama.example").get(0))).containsAnyOf("【承認待ち】", "Awaiting approval: ");

        String registrations = BASE + "/" + id + "/registrations/";
        assertThat(organiser.postJson(registrations + accepted + "/approve", "").statusCode()).isEqualTo(200);
        assertThat(organiser.postJson(registrations + refused + "/decline", "").statusCode()).isEqualTo(200);
        Await.until("the decisions by mail", MAIL, () -> mailsAbout(title, "staff@tama.example").size() == 2
                && mailsAbout(title, "staff@hamamatsu.example").size() == 2);
        MimeMessage confirmed = mailsAbout(title, "staff@tama.example").get(1);
        assertThat(subject(confirmed)).containsAnyOf("【参加確定】", "Registration confirmed: ");
        assertThat(attachment(confirmed, "check-in-" + accepted + ".png").getContentType()).startsWith("image/png");
        assertThat(subject(mailsAbout(title, "staff@hamamatsu.example").get(1)))
                .containsAnyOf("【お申し込みについて】", "Your registration: ");
    }

    /** @return the mails to an address (a demo user's, shared by tests) about one event, in order */
    private static List<MimeMessage> mailsAbout(String title, String address) {
        return MailCatcher.messagesTo(address).stream().filter(m -> subject(m).contains(title)).toList();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(response);
    }

    @Test
    void cancellingAnEventTellsItsOpenRegistrants() throws Exception {
        long id = idOf(EventsFixture.published(organiser, EventsFixture.event("中止確認" + RUN, "public", 1)));
        String confirmed = address("confirmed");
        String waiting = address("waiting");
        String left = address("left");
        long leaving = registerSomeone(id, "Left", left, "en", "tama");
        MailCatcher.awaitMessageTo(left, MAIL);
        assertThat(organiser.delete(BASE + "/" + id + "/registrations/" + leaving).statusCode()).isEqualTo(200);
        registerSomeone(id, "Confirmed", confirmed, "en", "tama");
        registerSomeone(id, "待機 太郎", waiting, "ja", "tama");
        MailCatcher.awaitMessageTo(waiting, MAIL);

        HttpResponse<String> cancelled = organiser.postJson(BASE + "/" + id + "/cancel", "");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

        Await.until("the cancellation by mail", MAIL, () -> MailCatcher.messagesTo(confirmed).size() == 2
                && MailCatcher.messagesTo(waiting).size() == 2);
        assertThat(MailCatcher.messagesTo(confirmed).get(1).getSubject()).isEqualTo("Cancelled: 中止確認" + RUN + " (en)");
        assertThat(MailCatcher.messagesTo(waiting).get(1).getSubject()).isEqualTo("【中止】中止確認" + RUN);
        assertThat(MailCatcher.messagesTo(left)).as("a cancelled registration is not told again").hasSize(1);
    }

    @Test
    void changingTheTimeOrPlaceOfAPublishedEventTellsItsRegistrantsAndOtherEditsDoNot() throws Exception {
        String title = "変更確認" + RUN;
        JsonObject published = EventsFixture.published(organiser, EventsFixture.event(title, "public", null));
        long id = idOf(published);
        String ja = address("change-ja");
        String en = address("change-en");
        registerSomeone(id, "変更 三郎", ja, "ja", "tama");
        registerSomeone(id, "Change", en, "en", "tama");
        MailCatcher.awaitMessageTo(ja, MAIL);
        MailCatcher.awaitMessageTo(en, MAIL);

        long version = published.getJsonObject("detail").getJsonNumber("version").longValue();
        JsonObject summaryOnly = edit(id, EventsFixture.event(title, "public", null)
                .add("summary", Json.createObjectBuilder().add("ja", "新しい概要").add("en", "New summary"))
                .add("version", version));
        JsonObject moved = edit(id, EventsFixture.event(title, "public", null)
                .add("venue", Json.createObjectBuilder().add("nameJa", "静岡会場").add("nameEn", "Shizuoka hall")
                        .add("address", "静岡県静岡市葵区1-1").add("region", "Chubu"))
                .add("version", summaryOnly.getJsonObject("detail").getJsonNumber("version").longValue()));
        assertThat(moved.getJsonObject("detail").getJsonNumber("version").longValue()).isGreaterThan(version);

        Await.until("the change by mail", MAIL, () -> MailCatcher.messagesTo(ja).size() == 2
                && MailCatcher.messagesTo(en).size() == 2);
        MimeMessage changedJa = MailCatcher.messagesTo(ja).get(1);
        assertThat(changedJa.getSubject()).isEqualTo("【変更】" + title);
        assertThat(text(changedJa)).contains("会場が変更", "静岡会場");
        assertThat(calendar(changedJa).<VEvent>getComponent("VEVENT").orElseThrow().getLocation().getValue())
                .contains("静岡会場");
        MimeMessage changedEn = MailCatcher.messagesTo(en).get(1);
        assertThat(changedEn.getSubject()).isEqualTo("Changed: " + title + " (en)");
        assertThat(text(changedEn)).contains("the venue of", "Shizuoka hall");
        assertThat(MailCatcher.messagesTo(ja)).as("the summary's edit told nobody").hasSize(2);
    }

    private JsonObject edit(long id, JsonObjectBuilder event) {
        HttpResponse<String> edited = organiser.putBytes(BASE + "/" + id, "application/json",
                event.build().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(edited);
    }

    @Test
    void organisersMessageTheirRegistrantsInTheirLanguageAndNobodyElseMay() throws Exception {
        long id = idOf(EventsFixture.published(organiser, EventsFixture.event("連絡確認" + RUN, "public", 1)));
        String confirmed = address("msg-confirmed");
        String waiting = address("msg-waiting");
        registerSomeone(id, "確定 一郎", confirmed, "ja", "tama");
        registerSomeone(id, "Waiting", waiting, "en", "tama");
        MailCatcher.awaitMessageTo(confirmed, MAIL);
        MailCatcher.awaitMessageTo(waiting, MAIL);
        String path = BASE + "/" + id + "/messages";

        HttpResponse<String> invalid = organiser.postJson(path, "{\"subjectJa\": \"持ち物\", \"bodyEn\": \" \", "
                + "\"to\": \"everybody\"}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(FieldErrors.STATUS);
        assertThat(((JsonObject) PortalClient.json(invalid)).getJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("subjectEn", "bodyJa", "bodyEn", "to");

        String message = Json.createObjectBuilder().add("subjectJa", "持ち物").add("subjectEn", "What to bring")
                .add("bodyJa", "名刺をお持ちください。").add("bodyEn", "Please bring business cards.")
                .add("to", "confirmed").build().toString();
        assertThat(as(DemoUser.OTHER_MEMBER_STAFF).postJson(path, message).statusCode())
                .as("another organization's staff").isEqualTo(403);
        assertThat(as(DemoUser.STEERING_AGENCY).postJson(path, message).statusCode())
                .as("a user who organises nothing").isEqualTo(403);
        assertThat(PortalClient.anonymous().postJson(path, message).statusCode()).isEqualTo(401);
        long restricted = idOf(EventsFixture.published(organiser,
                EventsFixture.event("限定" + RUN, "organizations", null).add("audience",
                        Json.createObjectBuilder().add("kind", "organizations")
                                .add("organizations", Json.createArrayBuilder().add("tama")))));
        assertThat(as(DemoUser.OTHER_MEMBER_STAFF).postJson(BASE + "/" + restricted + "/messages", message)
                .statusCode()).as("an event another organization's staff do not see").isEqualTo(404);

        HttpResponse<String> toConfirmed = organiser.postJson(path, message);
        assertThat(toConfirmed.statusCode()).as(toConfirmed.body()).isEqualTo(202);
        assertThat(((JsonObject) PortalClient.json(toConfirmed)).getInt("recipients")).isEqualTo(1);
        Await.until("the message by mail", MAIL, () -> MailCatcher.messagesTo(confirmed).size() == 2);
        MimeMessage ja = MailCatcher.messagesTo(confirmed).get(1);
        assertThat(ja.getSubject()).isEqualTo("【連絡確認" + RUN + "】持ち物");
        assertThat(text(ja)).contains("名刺をお持ちください。").doesNotContain("business cards");

        HttpResponse<String> toAll = organiser.postJson(path, message.replace("\"confirmed\"", "\"all\""));
        assertThat(((JsonObject) PortalClient.json(toAll)).getInt("recipients")).isEqualTo(2);
        Await.until("the message to all by mail", MAIL, () -> MailCatcher.messagesTo(waiting).size() == 2);
        MimeMessage en = MailCatcher.messagesTo(waiting).get(1);
        assertThat(en.getSubject()).isEqualTo("[連絡確認" + RUN + " (en)] What to bring");
        assertThat(text(en)).contains("Please bring business cards.");
    }

    @Test
    void theReminderTheDayBeforeIsSentOnceAlsoAcrossARestart() throws Exception {
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
        JsonObjectBuilder tomorrow = EventsFixture.event("リマインダー確認" + RUN, "public", null)
                .add("start", LOCAL.format(soon)).add("end", LOCAL.format(soon.plusHours(2)))
                .add("sessions", Json.createArrayBuilder());
        long near = idOf(EventsFixture.published(organiser, tomorrow));
        long far = idOf(EventsFixture.published(organiser, EventsFixture.event("遠い" + RUN, "public", null)));
        String reminded = address("reminded");
        String later = address("later");
        long registration = registerSomeone(near, "Reminded", reminded, "en", "tama");
        registerSomeone(far, "Later", later, "en", "tama");
        // the task runs every ten minutes, first soon after the plugin starts (seconds in the test server)
        HttpResponse<String> updated = as(DemoUser.SECRETARIAT).putBytes("/api/plugins/events",
                "application/java-archive", PluginBundles.withVersion(PluginBundles.events(), "1.0.0." + RUN));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        Await.until("the reminder", Duration.ofMinutes(2), () -> reminders(reminded) == 1);
        Await.until("the reminder recorded for the organisers", MAIL, () -> EventsFixture.registrations(organiser,
                near).getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getJsonNumber("id").longValue()
                == registration && !r.isNull("remindedAt")));
        assertThat(text(MailCatcher.messagesTo(reminded).stream()
                .filter(m -> subject(m).startsWith("Reminder: ")).findFirst().orElseThrow()))
                .contains("Dear Reminded", "/p/events/events?id=" + near);

        String afterRestart = address("after-restart");
        registerSomeone(near, "After Restart", afterRestart, "en", "tama");
        try (ServerJmx jmx = ServerJmx.connect()) {
            jmx.restartApplication("portal");
        }
        Await.until("the application back", Duration.ofSeconds(90),
                () -> organiser.get(BASE + "/" + near).statusCode() == 200);
        Await.until("the task runs again after the restart", Duration.ofMinutes(2),
                () -> reminders(afterRestart) == 1);
        assertThat(reminders(reminded)).as("reminded once, also across the restart").isEqualTo(1);
        assertThat(reminders(later)).as("an event a month away is not reminded of").isZero();
    }

    @Test
    void aWithdrawnOrganizationsRegistrationsForUpcomingEventsAreCancelledAndTheWaitingMoveUp() throws Exception {
        String organization = "leaving-" + RUN;
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"退会予定機構%s","nameEn":"Leaving %s","prefecture":"Shizuoka","region":"Chubu"}}"""
                .formatted(organization, RUN, RUN));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long id = idOf(EventsFixture.published(organiser, EventsFixture.event("退会確認" + RUN, "public", 1)));
        String leaving = address("leaving");
        String waiting = address("moving-up");
        long cancelledId = registerSomeone(id, "退会 次郎", leaving, "ja", organization);
        registerSomeone(id, "Moving Up", waiting, "en", "tama");
        MailCatcher.awaitMessageTo(leaving, MAIL);
        MailCatcher.awaitMessageTo(waiting, MAIL);

        HttpResponse<String> withdrawn = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + organization
                + "/status", "application/json",
                "{\"status\":\"WITHDRAWN\",\"reason\":\"退会届\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        Await.until("both told", MAIL, () -> MailCatcher.messagesTo(leaving).size() == 2
                && MailCatcher.messagesTo(waiting).size() == 2);
        assertThat(MailCatcher.messagesTo(leaving).get(1).getSubject()).isEqualTo("【申込取消】退会確認" + RUN);
        assertThat(MailCatcher.messagesTo(waiting).get(1).getSubject()).startsWith("A seat is yours: ");
        List<JsonObject> registrations = EventsFixture.registrations(organiser, id).getValuesAs(JsonObject.class);
        assertThat(registrations).anySatisfy(r -> {
            assertThat(r.getJsonNumber("id").longValue()).isEqualTo(cancelledId);
            assertThat(r.getString("status")).isEqualTo("cancelled");
        });
        assertThat(registrations).filteredOn(r -> r.getString("email").equals(waiting))
                .singleElement().satisfies(r -> assertThat(r.getString("status")).isEqualTo("confirmed"));
    }

    private long registerSomeone(long eventId, String name, String email, String language, String organization) {
        HttpResponse<String> registered = organiser.postJson(BASE + "/" + eventId + "/registrations",
                Json.createObjectBuilder().add("name", name).add("email", email).add("language", language)
                        .add("organizationId", organization).build().toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        return ((JsonObject) PortalClient.json(registered)).getJsonNumber("id").longValue();
    }

    private static long reminders(String address) {
        return MailCatcher.messagesTo(address).stream().filter(m -> subject(m).startsWith("Reminder: ")).count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the mail's text: the whole body, or its first part when it has attachments */
    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        return content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent())
                : String.valueOf(content);
    }

    private static BodyPart attachment(MimeMessage message, String filename) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (filename.equals(parts.getBodyPart(i).getFileName())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment " + filename);
    }

    private static Calendar calendar(MimeMessage message) throws MessagingException, IOException, ParserException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                        part.getInputStream().readAllBytes()));
                calendar.validate();
                return calendar;
            }
        }
        throw new AssertionError("no calendar file attached");
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
