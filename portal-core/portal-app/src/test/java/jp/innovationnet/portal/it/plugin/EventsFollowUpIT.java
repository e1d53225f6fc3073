package jp.innovationnet.portal.it.plugin;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;

import static jp.innovationnet.portal.it.plugin.EventsFixture.BASE;
import static jp.innovationnet.portal.it.plugin.EventsFixture.event;
import static jp.innovationnet.portal.it.plugin.EventsFixture.idOf;
import static jp.innovationnet.portal.it.plugin.PluginApiIT.assertProblem;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the event: the follow-up form (409 before the end, answers after it, 422 naming bad fields, by token for
 * people without an account, invited by mail), the event report for a seeded set, the network statistics (who may
 * read them and their figures) and the personal calendar feed (its secret address, renewal, nobody else's events).
 * <p>
 * "After the event" needs no time travel: organisers may create an event that started in the past, so the seeded
 * event started two hours ago and ends {@link #LEFT} after it is created, with registration open until its end.
 * The tests run in order: the first waits for the end, the later ones read what the earlier ones left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunsOnH2AndPostgresql
class EventsFollowUpIT {

    private static final String API = "/api/plugins/events";
    private static final Duration LEFT = Duration.ofSeconds(40);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String PUBLIC_EMAIL = "sato.followup@example.jp";
    private static final Pattern TOKEN = Pattern.compile("follow-up=([A-Za-z0-9_-]{43})");

    /** The seeded event: a matching fair in Tohoku that ends shortly after the tests start. */
    private static long fair;
    private static Instant fairEnds;
    private static String followUpToken;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installEvents() {
        EventsFixture.install();
    }

    @Test
    @Order(1)
    void theFollowUpFormOpensWhenTheEventEndsAndNamesBadFields() throws InterruptedException {
        PortalClient organiser = as(DemoUser.MEMBER_ADMIN);
        OffsetDateTime now = OffsetDateTime.now(JAPAN).truncatedTo(ChronoUnit.SECONDS);
        fairEnds = now.plus(LEFT).toInstant();
        String end = now.plus(LEFT).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        JsonObjectBuilder fairInput = event("東北マッチングフェア", "all-members", null)
                .add("kind", "matching-fair")
                .add("venue", Json.createObjectBuilder().add("nameJa", "仙台会場").add("nameEn", "Sendai hall")
                        .add("address", "宮城県仙台市青葉区1-1").add("region", "Tohoku"))
                .add("sessions", Json.createArrayBuilder())
                .add("start", now.minusHours(2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .add("end", end)
                .add("registrationCloses", end);
        fair = idOf(EventsFixture.published(organiser, fairInput));
        String event = BASE + "/" + fair;

        for (DemoUser user : List.of(DemoUser.MEMBER_STAFF, DemoUser.COORDINATOR, DemoUser.SECRETARIAT,
                DemoUser.OTHER_MEMBER_STAFF)) {
            HttpResponse<String> registered = as(user).postJson(event + "/registration", "");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        }
        assertThat(as(DemoUser.OTHER_MEMBER_STAFF).delete(event + "/registration").statusCode()).isEqualTo(200);
        HttpResponse<String> someone = organiser.postJson(event + "/registrations", Json.createObjectBuilder()
                .add("name", "Hanako Sato").add("email", PUBLIC_EMAIL).add("language", "en").build().toString());
        assertThat(someone.statusCode()).as(someone.body()).isEqualTo(200);

        PortalClient staff = as(DemoUser.MEMBER_STAFF);
        assertThat(Instant.now()).as("the seeding took too long for the test").isBefore(fairEnds);
        assertProblem(staff.get(event + "/follow-up"), 409);
        assertProblem(put(staff, event + "/follow-up", answers(5, 3, true, "浜松の金型メーカー", null)), 409);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), fairEnds).toMillis()) + 1500);

        HttpResponse<String> bad = put(staff, event + "/follow-up", Json.createObjectBuilder()
                .add("satisfaction", 6).add("newContacts", -1).add("followUpWanted", true)
                .add("comment", "x".repeat(2001)).build());
        assertProblem(bad, FieldErrors.STATUS);
        assertThat(((JsonObject) PortalClient.json(bad)).getJsonObject("errors").keySet())
                .containsExactlyInAnyOrder("satisfaction", "newContacts", "followUpWith", "comment");
        JsonObject unanswered = json(staff.get(event + "/follow-up"), 200);
        assertThat(unanswered.getBoolean("answered")).as("nothing half-saved").isFalse();
        assertThat(unanswered.getBoolean("editable")).isTrue();

        JsonObject first = json(put(staff, event + "/follow-up", answers(4, 1, false, null, "初回")), 200);
        assertThat(first.getBoolean("answered")).isTrue();
        json(put(staff, event + "/follow-up", answers(5, 3, true, "浜松の金型メーカー",
                "大変有意義でした\u202E")), 200);
        JsonObject answered = json(staff.get(event + "/follow-up"), 200);
        assertThat(answered.getJsonObject("event").getJsonNumber("id").longValue()).isEqualTo(fair);
        assertThat(answered.getInt("satisfaction")).isEqualTo(5);
        assertThat(answered.getInt("newContacts")).isEqualTo(3);
        assertThat(answered.getBoolean("followUpWanted")).isTrue();
        assertThat(answered.getString("followUpWith")).isEqualTo("浜松の金型メーカー");
        assertThat(answered.getString("comment")).isEqualTo("大変有意義でした");

        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).get(event + "/follow-up"), 409);
        assertProblem(put(as(DemoUser.OTHER_MEMBER_STAFF), event + "/follow-up", answers(1, 0, false, null,
                null)), 409);
        assertProblem(as(DemoUser.MEMBER_ADMIN).get(event + "/follow-up"), 404);
        assertProblem(PortalClient.anonymous().get(event + "/follow-up"), 401);
    }

    @Test
    @Order(2)
    void registrantsAreInvitedOnceByMailAndAnswerWithoutAnAccountByTheirToken() throws Exception {
        MimeMessage invitation = awaitFollowUpMail(PUBLIC_EMAIL, Duration.ofMinutes(4));
        assertThat(followUpMails(PUBLIC_EMAIL)).hasSize(1);
        assertThat(invitation.getSubject()).isEqualTo("Your feedback on 東北マッチングフェア (en)");
        String text = textOf(invitation);
        assertThat(text).contains("Dear Hanako Sato");
        Matcher token = TOKEN.matcher(text);
        assertThat(token.find()).as(text).isTrue();
        followUpToken = token.group(1);

        MimeMessage coordinator = awaitFollowUpMail("coordinator@hamamatsu.example", Duration.ofMinutes(2));
        assertThat(textOf(coordinator)).contains("/p/events/events?id=" + fair + "&view=follow-up")
                .doesNotContain("follow-up=");
        assertThat(followUpMails("staff@tama.example")).as("who answered already is not invited").isEmpty();

        PortalClient anonymous = PortalClient.anonymous();
        String form = API + "/follow-ups/" + followUpToken;
        JsonObject blank = json(anonymous.get(form), 200);
        assertThat(blank.getBoolean("answered")).isFalse();
        assertThat(blank.getJsonObject("event").getJsonObject("title").getString("en"))
                .isEqualTo("東北マッチングフェア (en)");
        assertProblem(put(anonymous, form, answers(4, 2, true, " ", null)), FieldErrors.STATUS);
        JsonObject answered = json(put(anonymous, form, answers(4, 2, false, null, "=HYPERLINK(\"x\")")), 200);
        assertThat(answered.getInt("satisfaction")).isEqualTo(4);
        assertThat(answered.get("followUpWith")).isIn(null, JsonValue.NULL);
        assertProblem(anonymous.get(API + "/follow-ups/" + "A".repeat(43)), 404);
    }

    @Test
    @Order(3)
    void theReportCountsTheSeededSetForItsOrganisersOnly() {
        String report = BASE + "/" + fair + "/report";
        JsonObject figures = json(as(DemoUser.MEMBER_ADMIN).get(report), 200);
        JsonObject counts = figures.getJsonObject("counts");
        assertThat(Map.of("registered", counts.getInt("registered"), "confirmed", counts.getInt("confirmed"),
                "waiting", counts.getInt("waiting"), "cancelled", counts.getInt("cancelled"),
                "notAttending", counts.getInt("notAttending"), "checkedIn", counts.getInt("checkedIn")))
                .isEqualTo(Map.of("registered", 5, "confirmed", 4, "waiting", 0, "cancelled", 1, "notAttending", 0,
                        "checkedIn", 0));

        Map<String, Integer> byOrganization = figures.getJsonArray("byOrganization").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(o -> o.getString("organizationId", "-"),
                        o -> o.getInt("registered")));
        assertThat(byOrganization).as("confirmed registrants only").isEqualTo(Map.of("tama", 1,
                "hamamatsu-technopolis", 1, "jilc", 1, "-", 1));
        assertThat(figures.getJsonArray("byOrganization").getValuesAs(JsonObject.class))
                .anySatisfy(o -> {
                    assertThat(o.getString("organizationId", "-")).isEqualTo("jilc");
                    assertThat(o.getString("nameJa")).isEqualTo("一般財団法人日本立地センター");
                });
        List<JsonObject> regions = figures.getJsonArray("byRegion").getValuesAs(JsonObject.class);
        assertThat(regions.stream().mapToInt(r -> r.getInt("registered")).sum()).isEqualTo(4);
        assertThat(regions).anySatisfy(r -> assertThat(r.getString("region", "-")).isEqualTo("Kanto"));

        JsonObject followUp = figures.getJsonObject("followUp");
        assertThat(followUp.getInt("answers")).isEqualTo(2);
        assertThat(followUp.getJsonNumber("satisfactionAverage").doubleValue()).isEqualTo(4.5);
        assertThat(followUp.getInt("newContacts")).isEqualTo(5);
        assertThat(followUp.getInt("followUpsWanted")).isEqualTo(1);

        assertThat(json(as(DemoUser.SECRETARIAT).get(report), 200).getJsonObject("counts").getInt("registered"))
                .isEqualTo(5);
        assertThat(as(DemoUser.MEMBER_STAFF).get(report).statusCode()).as("staff of the organiser").isEqualTo(200);
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).get(report), 403);
        assertProblem(as(DemoUser.COORDINATOR).get(report), 403);
        assertProblem(as(DemoUser.STEERING_AGENCY).get(report), 403);
        assertProblem(PortalClient.anonymous().get(report), 401);

        HttpResponse<String> csv = as(DemoUser.MEMBER_ADMIN).get(report + ".csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFF").contains("\r\norganization,jilc,")
                .contains("\r\nfollow-up,satisfaction-average,").contains(",4.5,");
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).get(report + ".csv"), 403);
    }

    @Test
    @Order(4)
    void theNetworkStatisticsAreForTheSecretariatAndTheSteeringAgencyAndComeFromTheDatabase() {
        LocalDate today = LocalDate.now(JAPAN);
        String period = API + "/statistics?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        JsonObject statistics = json(as(DemoUser.STEERING_AGENCY).get(period), 200);
        JsonObject fairs = line(statistics, "byKind", "matching-fair");
        assertThat(fairs.getInt("events")).isEqualTo(1);
        assertThat(fairs.getInt("registrations")).isEqualTo(4);
        assertThat(fairs.getInt("attendance")).isEqualTo(0);
        assertThat(fairs.getInt("followUpAnswers")).isEqualTo(2);
        assertThat(fairs.getJsonNumber("satisfactionAverage").doubleValue()).isEqualTo(4.5);
        assertThat(line(statistics, "byRegion", "Tohoku").getInt("events")).isEqualTo(1);
        assertThat(line(statistics, "byKind", "seminar").getInt("events")).isZero();
        assertThat(statistics.getJsonArray("byMonth").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("key")).contains(today.toString().substring(0, 7));
        assertThat(statistics.getJsonObject("total").getInt("events")).isGreaterThanOrEqualTo(1);

        JsonObject fiscalYear = json(as(DemoUser.SECRETARIAT).get(API + "/statistics"), 200);
        assertThat(fiscalYear.getString("from")).endsWith("-04-01");
        assertThat(fiscalYear.getString("to")).endsWith("-03-31");
        assertThat(fiscalYear.getJsonArray("byMonth")).hasSize(12);

        assertProblem(as(DemoUser.MEMBER_ADMIN).get(API + "/statistics"), 403);
        assertProblem(as(DemoUser.COORDINATOR).get(API + "/statistics.csv"), 403);
        assertProblem(PortalClient.anonymous().get(API + "/statistics"), 401);
        HttpResponse<String> bad = as(DemoUser.SECRETARIAT).get(API + "/statistics?from=2026-02-30&to=2025-01-01");
        assertProblem(bad, FieldErrors.STATUS);
        assertThat(((JsonObject) PortalClient.json(bad)).getJsonObject("errors").keySet()).contains("from");
        HttpResponse<String> reversed = as(DemoUser.SECRETARIAT).get(API + "/statistics?from=2026-04-01&to=2026-03-31");
        assertProblem(reversed, FieldErrors.STATUS);
        assertThat(((JsonObject) PortalClient.json(reversed)).getJsonObject("errors").keySet()).containsExactly("to");

        HttpResponse<String> csv = as(DemoUser.SECRETARIAT).get(period.replace("/statistics?", "/statistics.csv?"));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF").contains("\r\nkind,matching-fair,");
    }

    @Test
    @Order(5)
    void theCalendarFeedHasMyEventsOnlyAndARenewedAddressRetiresTheOldOne() throws Exception {
        PortalClient organiser = as(DemoUser.MEMBER_ADMIN);
        PortalClient staff = as(DemoUser.MEMBER_STAFF);
        long full = idOf(EventsFixture.published(organiser, event("満席セミナー", "all-members", 1)));
        assertThat(organiser.postJson(BASE + "/" + full + "/registration", "").statusCode()).isEqualTo(200);
        long cancelled = idOf(EventsFixture.published(organiser, event("中止になる交流会", "all-members", null)));
        long others = idOf(EventsFixture.published(organiser, event("コーディネーター研修", "all-members", null)));
        assertThat(staff.postJson(BASE + "/" + full + "/registration", "").body()).contains("\"waiting\"");
        assertThat(staff.postJson(BASE + "/" + cancelled + "/registration", "").statusCode()).isEqualTo(200);
        assertThat(as(DemoUser.COORDINATOR).postJson(BASE + "/" + others + "/registration", "").statusCode())
                .isEqualTo(200);
        assertThat(organiser.postJson(BASE + "/" + cancelled + "/cancel", "").statusCode()).isEqualTo(200);

        // The demo users also register in other test classes: look at this test's events in their feeds.
        Set<String> ours = Set.of(uid(fair), uid(full), uid(cancelled), uid(others));
        String url = feedAddress(staff);
        assertThat(url).startsWith("http").endsWith(".ics");
        Calendar calendar = feed(url);
        Map<String, String> statusByUid = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> ours.contains(e.getUid().orElseThrow().getValue())).collect(
                Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e.getStatus().getValue()));
        assertThat(statusByUid).isEqualTo(Map.of(uid(fair), "CONFIRMED", uid(full), "TENTATIVE",
                uid(cancelled), "CANCELLED"));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isNotBlank();

        Calendar coordinators = feed(feedAddress(as(DemoUser.COORDINATOR)));
        assertThat(coordinators.<VEvent>getComponents("VEVENT")).extracting(e -> e.getUid().orElseThrow().getValue())
                .filteredOn(ours::contains).containsExactlyInAnyOrder(uid(fair), uid(others));

        assertThat(json(staff.get(API + "/calendar-feed"), 200).get("url"))
                .as("the address is shown once: only its hash is kept").isIn(null, JsonValue.NULL);
        String renewed = json(staff.postJson(API + "/calendar-feed/renew", ""), 200).getString("url");
        assertThat(renewed).isNotEqualTo(url);
        assertProblem(PortalClient.anonymous().get(URI.create(url).getRawPath()), 404);
        assertThat(feed(renewed).<VEvent>getComponents("VEVENT")).extracting(e -> e.getUid().orElseThrow().getValue())
                .filteredOn(ours::contains).containsExactlyInAnyOrder(uid(fair), uid(full), uid(cancelled));
        assertProblem(PortalClient.anonymous().get(API + "/feeds/" + "A".repeat(43) + ".ics"), 404);
        assertProblem(PortalClient.anonymous().get(API + "/feeds/" + URI.create(renewed).getRawPath()
                .replaceAll(".*/", "").replace(".ics", "")), 404);
        assertProblem(PortalClient.anonymous().get(API + "/calendar-feed"), 401);
    }

    private static Calendar feed(String url) throws IOException, ParserException {
        HttpResponse<String> feed = PortalClient.anonymous().get(URI.create(url).getRawPath());
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.replace(" ", ""))
                .isEqualToIgnoringCase("text/calendar;charset=utf-8"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        return calendar;
    }

    /**
     * @return the address of the user's feed: the one shown when it is first made, or a new one when another test
     *     made it before (its address is shown only once)
     */
    private static String feedAddress(PortalClient user) {
        JsonObject shown = json(user.get(API + "/calendar-feed"), 200);
        return shown.containsKey("url") && !shown.isNull("url") ? shown.getString("url")
                : json(user.postJson(API + "/calendar-feed/renew", ""), 200).getString("url");
    }

    private static String uid(long event) {
        return "event-" + event + "@events.innovation-net.jp";
    }

    private static JsonObject line(JsonObject statistics, String grouping, String key) {
        return statistics.getJsonArray(grouping).getValuesAs(JsonObject.class).stream()
                .filter(l -> key.equals(l.getString("key", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + statistics))
                .getJsonObject("figures");
    }

    private static JsonObject answers(int satisfaction, int contacts, boolean wanted, String with, String comment) {
        JsonObjectBuilder answers = Json.createObjectBuilder().add("satisfaction", satisfaction)
                .add("newContacts", contacts).add("followUpWanted", wanted);
        if (with != null) {
            answers.add("followUpWith", with);
        }
        if (comment != null) {
            answers.add("comment", comment);
        }
        return answers.build();
    }

    private static HttpResponse<String> put(PortalClient client, String path, JsonObject body) {
        return client.putBytes(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return (JsonObject) PortalClient.json(response);
    }

    private static MimeMessage awaitFollowUpMail(String address, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = followUpMails(address);
            if (!mails.isEmpty()) {
                return mails.getFirst();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no follow-up invitation to " + address);
    }

    /** @return the follow-up invitations for the seeded event received for the address */
    private static List<MimeMessage> followUpMails(String address) {
        return MailCatcher.messagesTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("東北マッチングフェア") && (m.getSubject().contains("アンケート")
                        || m.getSubject().contains("feedback"));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        StringBuilder text = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
                    text.append(textOf(body));
                }
            }
        }
        return text.toString();
    }
}
