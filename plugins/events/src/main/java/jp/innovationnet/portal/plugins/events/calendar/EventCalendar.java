package jp.innovationnet.portal.plugins.events.calendar;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.event.Venue;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * An event as an iCalendar file (RFC 5545) built with ical4j: one VEVENT with the event's stable UID, its times in
 * UTC (calendar programs show them in their reader's zone), title, summary, place and online link in the reader's
 * language, and CANCELLED when it is.
 */
public final class EventCalendar {

    /** The product identifier calendar programs see. */
    static final String PRODUCT_ID = "-//Innovation Network Portal//Events//JA";

    private EventCalendar() {
    }

    /**
     * @param event    the event
     * @param language the reader's language
     * @param page     the event's address in the portal
     * @return the calendar text (UTF-8, CRLF line ends)
     */
    public static String of(Event event, Locale language, URI page) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withDefaults()
                .withComponent(vevent(event, language, page, confirmedOrCancelled(event)))
                .getFluentTarget();
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar.toString();
    }

    /**
     * A personal subscription feed: one VEVENT per event (with the same UID as its own file, so that calendar
     * programs update it in place), CANCELLED when the event is, TENTATIVE while the reader is on its waiting list.
     *
     * @param name     the calendar's name (X-WR-CALNAME) in the reader's language
     * @param entries  the events and the reader's registration for each
     * @param language the reader's language
     * @param page     each event's absolute address in the portal
     * @return the calendar text (UTF-8, CRLF line ends)
     */
    public static String feed(String name, List<CalendarFeeds.FeedEntry> entries, Locale language,
                              Function<Event, URI> page) {
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults().getFluentTarget();
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (CalendarFeeds.FeedEntry entry : entries) {
            Event event = entry.event();
            Status status = entry.registration() == RegistrationStatus.WAITING
                    && event.status() != EventStatus.CANCELLED ? ImmutableStatus.VEVENT_TENTATIVE
                    : confirmedOrCancelled(event);
            calendar.add(vevent(event, language, page.apply(event), status));
        }
        return calendar.toString();
    }

    private static VEvent vevent(Event event, Locale language, URI page, Status status) {
        VEvent vevent = new VEvent(event.startsAt(), event.endsAt(), event.title().in(language));
        vevent.add(new Uid("event-" + event.id() + "@events.innovation-net.jp"));
        vevent.add(new Description(event.summary().in(language)));
        location(event.venue(), language).ifPresent(text -> vevent.add(new Location(text)));
        vevent.add(new Url(page));
        vevent.add(status);
        return vevent;
    }

    private static Status confirmedOrCancelled(Event event) {
        return event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED;
    }

    private static Optional<String> location(Venue venue, Locale language) {
        String place = String.join(", ", Stream.of(
                        Optional.ofNullable(venue.name().in(language)).filter(s -> !s.isBlank()),
                        venue.address(), venue.onlineUrl())
                .flatMap(Optional::stream).toList());
        return Optional.of(place).filter(s -> !s.isEmpty());
    }
}
