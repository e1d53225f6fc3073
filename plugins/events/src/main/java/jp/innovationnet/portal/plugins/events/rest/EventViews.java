package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.RegistrationWindow;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.registration.Occupancy;

/** Writes events as {@link EventView}s. */
final class EventViews {

    private final SafeMarkdown programmes;

    EventViews(SafeMarkdown programmes) {
        this.programmes = programmes;
    }

    /**
     * @param event     the event
     * @param occupancy how full it is
     * @param now       the time
     * @param locale    the reader's language
     * @return the event for a list
     */
    EventView summary(Event event, Occupancy occupancy, Instant now, Locale locale) {
        return view(event, occupancy, now, locale, null, null);
    }

    /**
     * @param event     the event
     * @param occupancy how full it is
     * @param questions what registrants are asked
     * @param now       the time
     * @param locale    the reader's language
     * @return the event with its programme, timetable, contact and questions
     */
    EventView full(Event event, Occupancy occupancy, List<Question> questions, Instant now, Locale locale) {
        ZoneId zone = event.timeZone();
        Texts programme = event.programme();
        EventView.Detail detail = new EventView.Detail(programme,
                new Texts(programmes.toHtml(programme.ja()), programmes.toHtml(programme.en())),
                event.sessions().stream().map(s -> new EventView.Session(local(s.startsAt(), zone),
                        local(s.endsAt(), zone), s.title(), s.speaker().orElse(null))).toList(),
                new EventView.Contact(event.contact().name(), event.contact().email(),
                        event.contact().phone().orElse(null)),
                event.version());
        return view(event, occupancy, now, locale, detail,
                questions.stream().map(q -> QuestionView.of(q, locale)).toList());
    }

    private static EventView view(Event event, Occupancy occupancy, Instant now, Locale locale,
                                  EventView.Detail detail, List<QuestionView> questions) {
        ZoneId zone = event.timeZone();
        var venue = event.venue();
        var audience = event.audience();
        return new EventView(event.id(), event.organiserId(), event.kind().code(), event.kind().label(locale),
                event.status().code(), event.status().label(locale), event.title(), event.summary(),
                new EventView.Venue(venue.name(), venue.address().orElse(null), venue.region().orElse(null),
                        venue.onlineUrl().orElse(null)),
                local(event.startsAt(), zone), local(event.endsAt(), zone), zone.getId(),
                event.startsAt().toString(), event.endsAt().toString(),
                new EventView.Audience(audience.kind().code(), audience.kind().label(locale),
                        audience.regions().stream().sorted().toList(),
                        audience.organizations().stream().sorted().toList()),
                occupancy.capacity().orElse(null), occupancy.confirmed(), occupancy.waiting(),
                event.registrationOpensAt().map(Instant::toString).orElse(null),
                event.registrationClosesAt().toString(),
                event.registrationWindow(now) == RegistrationWindow.OPEN, detail, event.approvalRequired(),
                questions);
    }

    private static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atZone(zone).toLocalDateTime());
    }
}
