package jp.innovationnet.portal.it.plugin;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
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
 * The events plugin installed into the running portal: organisers create and publish events, everybody sees only
 * what is meant for them, people register in one click, a cancelled seat goes to the first on the waiting list,
 * bad input is named in a 422, and the iCalendar file parses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class EventsPluginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installEvents() {
        EventsFixture.install();
    }

    @Test
    void aDraftIsTheOrganisersAndAPublishedMemberEventIsForMembersOnly() {
        PortalClient tama = as(DemoUser.MEMBER_ADMIN);
        JsonObject draft = EventsFixture.create(tama, event("TAMA会員交流会", "all-members", 40));
        long id = idOf(draft);
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getString("organiserId")).isEqualTo("tama");
        assertThat(draft.getJsonObject("detail").getJsonObject("programmeHtml").getString("ja"))
                .contains("<h2>第一部</h2>");

        assertThat(as(DemoUser.MEMBER_STAFF).get(BASE + "/" + id).statusCode()).isEqualTo(200);
        assertThat(as(DemoUser.SECRETARIAT).get(BASE + "/" + id).statusCode()).isEqualTo(200);
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).get(BASE + "/" + id), 404);
        assertProblem(PortalClient.anonymous().get(BASE + "/" + id), 404);
        assertThat(ids(as(DemoUser.OTHER_MEMBER_STAFF), "")).doesNotContain(id);
        assertThat(ids(as(DemoUser.SECRETARIAT), "?limit=200")).contains(id);
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).postJson(BASE + "/" + id + "/publish", ""), 404);

        HttpResponse<String> published = as(DemoUser.MEMBER_STAFF).postJson(BASE + "/" + id + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).postJson(BASE + "/" + id + "/close", ""), 403);
        assertProblem(tama.postJson(BASE + "/" + id + "/publish", ""), 409);

        assertThat(ids(as(DemoUser.OTHER_MEMBER_STAFF), "")).contains(id);
        assertThat(ids(as(DemoUser.STEERING_AGENCY), "?kind=seminar&region=Chubu&audience=all-members")).contains(id);
        assertThat(ids(as(DemoUser.OTHER_MEMBER_STAFF), "?kind=matching-fair")).doesNotContain(id);
        assertThat(ids(as(DemoUser.OTHER_MEMBER_STAFF), "?when=past")).doesNotContain(id);
        assertThat(ids(PortalClient.anonymous(), "")).doesNotContain(id);
        assertThat(ids(as(DemoUser.OVERSEAS_PARTNER), "")).doesNotContain(id);
        assertProblem(as(DemoUser.OVERSEAS_PARTNER).get(BASE + "/" + id), 404);
        assertProblem(PortalClient.anonymous().get(BASE + "/" + id + "/calendar.ics"), 404);

        long open = idOf(EventsFixture.published(as(DemoUser.SECRETARIAT), event("公開セミナー", "public", null)));
        assertThat(ids(PortalClient.anonymous(), "")).contains(open);
        assertThat(ids(as(DemoUser.OVERSEAS_PARTNER), "")).contains(open);
        long partners = idOf(EventsFixture.published(as(DemoUser.SECRETARIAT),
                event("Partner liaison", "overseas-partners", null)));
        assertThat(ids(as(DemoUser.OVERSEAS_PARTNER), "")).contains(partners);
        assertThat(ids(as(DemoUser.MEMBER_STAFF), "")).doesNotContain(partners);
    }

    @Test
    void oneClickRegistrationAndACancelledSeatGoesToTheFirstWaiting() {
        PortalClient organiser = as(DemoUser.MEMBER_ADMIN);
        long id = idOf(EventsFixture.published(organiser, event("少人数マッチング", "all-members", 1)));
        String mine = BASE + "/" + id + "/registration";

        JsonObject first = register(as(DemoUser.OTHER_MEMBER_STAFF), mine);
        assertThat(first.getString("status")).isEqualTo("confirmed");
        JsonObject second = register(as(DemoUser.COORDINATOR), mine);
        assertThat(second.getString("status")).isEqualTo("waiting");
        assertThat(second.getInt("waitingPosition")).isEqualTo(1);
        JsonObject third = register(as(DemoUser.MEMBER_STAFF), mine);
        assertThat(third.getInt("waitingPosition")).isEqualTo(2);
        assertThat(register(as(DemoUser.COORDINATOR), mine).getInt("id"))
                .as("registering twice keeps the first registration").isEqualTo(second.getInt("id"));

        HttpResponse<String> cancelled = as(DemoUser.OTHER_MEMBER_STAFF).delete(mine);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(cancelled)).getString("status")).isEqualTo("cancelled");
        assertThat(status(as(DemoUser.COORDINATOR), mine).getString("status")).isEqualTo("confirmed");
        assertThat(status(as(DemoUser.MEMBER_STAFF), mine).getInt("waitingPosition")).isEqualTo(1);
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).delete(mine), 404);

        HttpResponse<String> absent = as(DemoUser.COORDINATOR).postJson(mine + "/not-attending", "");
        assertThat(((JsonObject) PortalClient.json(absent)).getString("status")).isEqualTo("not-attending");
        assertThat(status(as(DemoUser.MEMBER_STAFF), mine).getString("status")).isEqualTo("confirmed");

        JsonArray registrations = EventsFixture.registrations(organiser, id);
        assertThat(registrations.getValuesAs(JsonObject.class)).extracting(r -> r.getString("status"))
                .containsExactly("cancelled", "not-attending", "confirmed");
        assertProblem(as(DemoUser.OTHER_MEMBER_STAFF).get(BASE + "/" + id + "/registrations"), 403);
        JsonObject event = (JsonObject) PortalClient.json(organiser.get(BASE + "/" + id));
        assertThat(event.getInt("confirmed")).isEqualTo(1);
        assertThat(event.getInt("waiting")).isZero();
    }

    @Test
    void badInputIsNamedIn422AndNothingIsSaved() {
        PortalClient organiser = as(DemoUser.MEMBER_ADMIN);
        int before = ids(organiser, "?limit=200").size();

        JsonObject endBeforeStart = event("逆順", "all-members", 10).add("end", "2020-01-01T10:00").build();
        assertField(organiser.postJson(BASE, endBeforeStart.toString()), "end");
        JsonObject unknown = event("不明", "aliens", 10).add("kind", "party").build();
        HttpResponse<String> both = organiser.postJson(BASE, unknown.toString());
        assertField(both, "kind");
        assertField(both, "audience.kind");
        assertThat(ids(organiser, "?limit=200")).hasSize(before);
        assertField(PortalClient.anonymous().get(BASE + "?kind=party"), "kind");

        JsonObject small = EventsFixture.published(organiser, event("定員変更", "all-members", 5));
        long id = idOf(small);
        register(as(DemoUser.MEMBER_STAFF), BASE + "/" + id + "/registration");
        register(as(DemoUser.OTHER_MEMBER_STAFF), BASE + "/" + id + "/registration");
        JsonObject tooSmall = event("定員変更", "all-members", 1)
                .add("version", small.getJsonObject("detail").getJsonNumber("version").longValue()).build();
        assertField(organiser.putBytes(BASE + "/" + id, "application/json", tooSmall.toString().getBytes()),
                "capacity");

        String future = Instant.now().plusSeconds(86_400 * 10).toString().replace("Z", "+00:00");
        long later = idOf(EventsFixture.published(organiser, event("受付前", "all-members", 5)
                .add("registrationOpens", future)));
        assertField(as(DemoUser.OTHER_MEMBER_STAFF).postJson(BASE + "/" + later + "/registration", ""),
                "registrationOpens");
        long draft = idOf(EventsFixture.create(organiser, event("下書き", "all-members", 5)));
        assertProblem(organiser.postJson(BASE + "/" + draft + "/registration", ""), 409);
    }

    @Test
    void theCalendarFileParses() throws Exception {
        long id = idOf(EventsFixture.published(as(DemoUser.SECRETARIAT), event("カレンダー確認", "public", 30)));
        HttpResponse<String> ics = PortalClient.anonymous().get(BASE + "/" + id + "/calendar.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        calendar.validate();
        VEvent vevent = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getSummary().getValue()).isEqualTo("カレンダー確認");
        JsonObject event = (JsonObject) PortalClient.json(PortalClient.anonymous().get(BASE + "/" + id));
        assertThat(Instant.from(vevent.getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse(event.getString("startsAt")));
    }

    private static List<Long> ids(PortalClient client, String query) {
        HttpResponse<String> list = client.get(BASE + query);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(list)).getValuesAs(JsonObject.class).stream()
                .map(EventsFixture::idOf).toList();
    }

    private static JsonObject register(PortalClient client, String path) {
        HttpResponse<String> registered = client.postJson(path, "");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(registered);
    }

    private static JsonObject status(PortalClient client, String path) {
        HttpResponse<String> mine = client.get(path);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(mine);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, FieldErrors.STATUS);
        assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").keySet()).contains(field);
    }
}
