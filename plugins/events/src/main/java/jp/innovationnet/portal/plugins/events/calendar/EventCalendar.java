package jp.innovationnet.portal.plugins.events.calendar;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.kit.CalendarEntry;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.event.Venue;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * Events as calendar entries, written by the kit's {@link CalendarFiles}: each with the event's stable UID, its
 * times, title, summary, place and online link in the reader's language, its page, and CANCELLED when it is.
 */
public final class EventCalendar {

    private final CalendarFiles files;
    private final Function<String, URI> portalUrl;

    /**
     * @param files     the portal's calendar files
     * @param portalUrl the portal's absolute address of a path ({@code PluginContext::portalUrl})
     */
    public EventCalendar(CalendarFiles files, Function<String, URI> portalUrl) {
        this.files = files;
        this.portalUrl = portalUrl;
    }

    /**
     * @param event    the event
     * @param language the reader's language
     * @return its calendar file
     */
    public String of(Event event, Locale language) {
        return files.write(Optional.empty(), List.of(entry(event, language, confirmedOrCancelled(event))));
    }

    /**
     * A personal subscription feed: one entry per event (with the same UID as its own file, so that calendar
     * programs update it in place), CANCELLED when the event is, TENTATIVE while the reader is on its waiting list.
     *
     * @param name     the calendar's name in the reader's language
     * @param entries  the events and the reader's registration for each
     * @param language the reader's language
     * @return the feed's calendar file
     */
    public String feed(String name, List<CalendarFeeds.FeedEntry> entries, Locale language) {
        return files.write(Optional.of(name), entries.stream().map(entry -> entry(entry.event(), language,
                entry.registration() == RegistrationStatus.WAITING && entry.event().status() != EventStatus.CANCELLED
                        ? CalendarEntry.Status.TENTATIVE : confirmedOrCancelled(entry.event()))).toList());
    }

    private CalendarEntry entry(Event event, Locale language, CalendarEntry.Status status) {
        return new CalendarEntry("event-" + event.id() + "@events.innovation-net.jp", event.startsAt(),
                event.endsAt(), event.title().in(language), event.summary().in(language),
                location(event.venue(), language), portalUrl.apply("/p/events/events?id=" + event.id()), status);
    }

    private static CalendarEntry.Status confirmedOrCancelled(Event event) {
        return event.status() == EventStatus.CANCELLED ? CalendarEntry.Status.CANCELLED
                : CalendarEntry.Status.CONFIRMED;
    }

    private static Optional<String> location(Venue venue, Locale language) {
        return Optional.of(String.join(", ", Stream.of(
                        Optional.ofNullable(venue.name().in(language)).filter(s -> !s.isBlank()),
                        venue.address(), venue.onlineUrl())
                .flatMap(Optional::stream).toList()));
    }
}
