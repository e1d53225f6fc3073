package jp.innovationnet.portal.plugins.events.calendar;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.files.ICalendarFiles;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Events;

import static org.assertj.core.api.Assertions.assertThat;

class EventCalendarTest {

    private static final EventCalendar CALENDAR = new EventCalendar(new ICalendarFiles("events"),
            path -> URI.create("https://portal.example" + path));

    @Test
    void theFileParsesBackToTheEvent() throws Exception {
        Event event = Events.draft("tama", Events.audience(AudienceKind.PUBLIC));
        String ics = CALENDAR.of(event, Locale.JAPANESE);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(
                "-//Innovation Network Portal//events//JA");
        VEvent vevent = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getSummary().getValue()).isEqualTo("産学連携セミナー");
        assertThat(Instant.from(vevent.getDateTimeStart().getDate())).isEqualTo(Events.START);
        assertThat(Instant.from(vevent.getDateTimeEnd().getDate())).isEqualTo(Events.START.plusSeconds(3 * 3600));
        assertThat(vevent.getLocation().getValue()).contains("浜松会場", "静岡県浜松市中区1-1");
        assertThat(vevent.getUid().orElseThrow().getValue()).startsWith("event-");
    }

    @Test
    void aCancelledEventSaysSoInEnglishForEnglishReaders() throws Exception {
        Event event = Events.draft("tama", Events.audience(AudienceKind.PUBLIC));
        event.cancel();
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                CALENDAR.of(event, Locale.ENGLISH)));
        VEvent vevent = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(vevent.getSummary().getValue()).isEqualTo("Industry-academia seminar");
    }
}
