package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The events plugin in the test server: installing it, and events as organisers write them. */
public final class EventsFixture {

    public static final String BASE = "/api/plugins/events/events";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private EventsFixture() {
    }

    public static void install() {
        PluginBundles.ensureInstalled(as(DemoUser.SECRETARIAT), "events", PluginBundles.events());
    }

    /**
     * @param audience the audience's kind
     * @param capacity seats, or null
     * @return an event starting in 30 days at 13:30 in Japan, three hours long
     */
    public static JsonObjectBuilder event(String title, String audience, Integer capacity) {
        return event(title, audience, capacity, 30);
    }

    /**
     * @param audience  the audience's kind
     * @param capacity  seats, or null
     * @param daysAhead in how many days it starts
     * @return an event starting at 13:30 in Japan that many days from now, three hours long
     */
    public static JsonObjectBuilder event(String title, String audience, Integer capacity, int daysAhead) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(daysAhead)
                .truncatedTo(ChronoUnit.DAYS).withHour(13).withMinute(30);
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("kind", "seminar")
                .add("title", Json.createObjectBuilder().add("ja", title).add("en", title + " (en)"))
                .add("summary", Json.createObjectBuilder().add("ja", "概要").add("en", "Summary"))
                .add("programme", Json.createObjectBuilder().add("ja", "## 第一部\n- 講演").add("en", "## Part 1"))
                .add("venue", Json.createObjectBuilder().add("nameJa", "浜松会場").add("nameEn", "Hamamatsu hall")
                        .add("address", "静岡県浜松市中区1-1").add("region", "Chubu"))
                .add("start", LOCAL.format(start))
                .add("end", LOCAL.format(start.plusHours(3)))
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", LOCAL.format(start)).add("end", LOCAL.format(start.plusHours(1)))
                        .add("titleJa", "基調講演").add("titleEn", "Keynote")))
                .add("audience", Json.createObjectBuilder().add("kind", audience))
                .add("contact", Json.createObjectBuilder().add("name", "事務局").add("email", "events@example.jp"));
        if (capacity != null) {
            event.add("capacity", capacity);
        }
        return event;
    }

    /** @return the event created by the organiser, as answered */
    public static JsonObject create(PortalClient organiser, JsonObjectBuilder event) {
        HttpResponse<String> created = organiser.postJson(BASE, event.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (JsonObject) PortalClient.json(created);
    }

    /** @return the event created and published by the organiser */
    public static JsonObject published(PortalClient organiser, JsonObjectBuilder event) {
        long id = idOf(create(organiser, event));
        HttpResponse<String> published = organiser.postJson(BASE + "/" + id + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(published);
    }

    public static long idOf(JsonObject event) {
        return event.getJsonNumber("id").longValue();
    }

    /** @return the registrations of an event, as its organiser lists them */
    public static JsonArray registrations(PortalClient organiser, long eventId) {
        HttpResponse<String> list = organiser.get(BASE + "/" + eventId + "/registrations");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return (JsonArray) PortalClient.json(list);
    }
}
