package jp.innovationnet.portal.plugins.events.calendar;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.files.ICalendarFiles;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Events;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedTest {

    private static final EventCalendar CALENDAR = new EventCalendar(new ICalendarFiles("events"),
            path -> URI.create("https://portal.example" + path));

    @Test
    void theFeedParsesBackWithItsNameStableUidsAndEachStatus() throws Exception {
        Event confirmed = event(1, false);
        Event waiting = event(2, false);
        Event cancelled = event(3, true);
        String ics = CALENDAR.feed("参加するイベント", List.of(
                        new CalendarFeeds.FeedEntry(confirmed, RegistrationStatus.CONFIRMED),
                        new CalendarFeeds.FeedEntry(waiting, RegistrationStatus.WAITING),
                        new CalendarFeeds.FeedEntry(cancelled, RegistrationStatus.CONFIRMED)),
                Locale.JAPANESE);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("参加するイベント");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).containsExactly(
                "event-1@events.innovation-net.jp", "event-2@events.innovation-net.jp",
                "event-3@events.innovation-net.jp");
        assertThat(events).extracting(e -> e.getStatus().getValue())
                .containsExactly("CONFIRMED", "TENTATIVE", "CANCELLED");
        assertThat(events.get(0).getUrl().getValue()).isEqualTo("https://portal.example/p/events/events?id=1");
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("産学連携セミナー");
    }

    @Test
    void anEmptyFeedIsAValidCalendar() throws Exception {
        String ics = CALENDAR.feed("My events", List.of(), Locale.ENGLISH);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("My events");
    }

    @Test
    void tokensAreRandomUrlSafeAndKeptAsTheirHash() {
        String token = SecretTokens.generate();
        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(SecretTokens.generate());
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static Event event(long id, boolean cancelled) throws ReflectiveOperationException {
        Event event = Events.draft("tama", Events.audience(AudienceKind.ALL_MEMBERS));
        event.publish();
        if (cancelled) {
            event.cancel();
        }
        Field field = Event.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(event, id);
        return event;
    }
}
