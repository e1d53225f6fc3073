package jp.innovationnet.portal.plugins.events.notice;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.kit.QrCodes;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.calendar.EventCalendar;
import jp.innovationnet.portal.plugins.events.checkin.CheckInQr;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Venue;
import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;

/**
 * Writes the plugin's mails to one registrant, in the language they registered in: a lead saying why they get
 * it, the event's facts (when, where, online link, the event's page in the portal, the organisers' contact), and
 * the event's calendar file where it helps. Sending is {@link Notices}'s.
 */
public final class EventMails {

    /** The notices about one registration that say no more than its lead. */
    public enum Notice {
        /** Registration confirmed. */
        CONFIRMED(MailText.CONFIRMED_SUBJECT, MailText.CONFIRMED_LEAD, true),
        /** Received, awaiting the organisers' approval. */
        PENDING(MailText.PENDING_SUBJECT, MailText.PENDING_LEAD, false),
        /** Declined by the organisers. */
        DECLINED(MailText.DECLINED_SUBJECT, MailText.DECLINED_LEAD, false),
        /** Confirmed from the waiting list. */
        PROMOTED(MailText.PROMOTED_SUBJECT, MailText.PROMOTED_LEAD, true),
        /** The event is cancelled. */
        CANCELLED(MailText.CANCELLED_SUBJECT, MailText.CANCELLED_LEAD, false),
        /** Cancelled because the registrant's organization left the network. */
        WITHDRAWN(MailText.WITHDRAWN_SUBJECT, MailText.WITHDRAWN_LEAD, false),
        /** The event starts soon. */
        REMINDER(MailText.REMINDER_SUBJECT, MailText.REMINDER_LEAD, false);

        private final MailText subject;
        private final MailText lead;
        private final boolean seat;

        Notice(MailText subject, MailText lead, boolean seat) {
            this.subject = subject;
            this.lead = lead;
            this.seat = seat;
        }
    }

    private final Function<String, URI> portalUrl;
    private final EventCalendar calendar;
    private final QrCodes qrCodes;

    /**
     * @param portalUrl the portal's absolute address of a path ({@code PluginContext::portalUrl})
     * @param calendars the portal's calendar files
     * @param qrCodes   the portal's QR codes
     */
    public EventMails(Function<String, URI> portalUrl, CalendarFiles calendars, QrCodes qrCodes) {
        this.portalUrl = portalUrl;
        this.calendar = new EventCalendar(calendars, portalUrl);
        this.qrCodes = qrCodes;
    }

    /**
     * A notice about one registration: the subject and lead of its kind, the event's facts, and for a seat the
     * calendar file and the QR code to show at the door.
     *
     * @param notice       what happened
     * @param event        the event
     * @param registration the registration
     * @return the mail in the registrant's language
     */
    public Mail.Email notice(Notice notice, Event event, Registration registration) {
        return mail(event, registration, notice.subject, lead(notice.lead, event, registration), notice.seat
                ? List.of(calendar(event, language(registration)), checkIn(registration)) : List.of());
    }

    /**
     * @param event        the event
     * @param registration a waiting registration
     * @param position     its place in the waiting list, from 1
     * @return the notice of the waiting-list place
     */
    public Mail.Email waitingPlace(Event event, Registration registration, long position) {
        return mail(event, registration, MailText.WAITING_SUBJECT,
                MailText.WAITING_LEAD.in(language(registration), name(registration), title(event, registration),
                        position), List.of());
    }

    /**
     * @param event        the event as it is now
     * @param registration an open registration
     * @param changes      what changed
     * @return the notice, with the updated calendar file
     */
    public Mail.Email changed(Event event, Registration registration, Set<EventChange> changes) {
        Locale language = language(registration);
        String what = changes.stream().sorted().map(c -> c.label(language))
                .collect(Collectors.joining(MailText.CHANGE_SEPARATOR.in(language)));
        return mail(event, registration, MailText.CHANGED_SUBJECT,
                MailText.CHANGED_LEAD.in(language, name(registration), title(event, registration), what),
                List.of(calendar(event, language)));
    }

    /**
     * @param event        the event
     * @param registration an open registration
     * @param message      the organisers' message
     * @return the message in the registrant's language, with the event's facts below it
     */
    public Mail.Email organiserMessage(Event event, Registration registration, OrganiserMessage message) {
        Locale language = language(registration);
        String subject = MailText.MESSAGE_SUBJECT.in(language, title(event, registration),
                message.subject().in(language));
        String text = MailText.MESSAGE_LEAD.in(language, title(event, registration)) + "\n\n"
                + message.body().in(language);
        return new Mail.Email(registration.registrant().email(), language, subject,
                text + "\n\n" + facts(event, language) + ownPage(registration, language), List.of());
    }

    private Mail.Email mail(Event event, Registration registration, MailText subject, String lead,
                            List<Mail.Attachment> attachments) {
        Locale language = language(registration);
        return new Mail.Email(registration.registrant().email(), language,
                subject.in(language, title(event, registration)),
                lead + "\n\n" + facts(event, language) + ownPage(registration, language), attachments);
    }

    private static String lead(MailText text, Event event, Registration registration) {
        return text.in(language(registration), name(registration), title(event, registration));
    }

    /** When, where, the online link, the event's page and whom to ask. */
    private String facts(Event event, Locale language) {
        List<String> lines = new ArrayList<>();
        lines.add(MailText.WHEN.in(language, when(event, language)));
        Venue venue = event.venue();
        String place = String.join(", ", Stream.of(
                        Optional.ofNullable(venue.name().in(language)).filter(s -> !s.isBlank()), venue.address())
                .flatMap(Optional::stream).toList());
        if (!place.isEmpty()) {
            lines.add(MailText.WHERE.in(language, place));
        }
        venue.onlineUrl().ifPresent(url -> lines.add(MailText.ONLINE.in(language, url)));
        lines.add(MailText.DETAILS.in(language, page(event)));
        lines.add(MailText.CONTACT.in(language, event.contact().name(), event.contact().email()));
        return String.join("\n", lines) + "\n";
    }

    /** @return the event's start and end in its own time zone, written for the reader */
    static String when(Event event, Locale language) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(MailText.DAY.in(language), Languages.of(language));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        ZonedDateTime start = event.startsAt().atZone(event.timeZone());
        ZonedDateTime end = event.endsAt().atZone(event.timeZone());
        String until = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end)
                : day.format(end) + time.format(end);
        return day.format(start) + time.format(start) + "–" + until + " (" + event.timeZone().getId() + ")";
    }

    /**
     * @return for a registrant without an account, the line with the private address where they see and cancel
     *     their registration; nothing for users, who find it under "My events"
     */
    private String ownPage(Registration registration, Locale language) {
        if (registration.registrant().userId().isPresent()) {
            return "";
        }
        return MailText.OWN_PAGE.in(language,
                portalUrl.apply("/p/events/events?registration=" + registration.privateToken())) + "\n";
    }

    /** The check-in QR code: the organisers' phones open the check-in of this registration from it. */
    private Mail.Attachment checkIn(Registration registration) {
        byte[] png = qrCodes.png(portalUrl.apply(CheckInQr.path(registration)).toString());
        return new Mail.Attachment("check-in-" + registration.id() + ".png", "image/png", png);
    }

    private String page(Event event) {
        return portalUrl.apply("/p/events/events?id=" + event.id()).toString();
    }

    private Mail.Attachment calendar(Event event, Locale language) {
        return new Mail.Attachment("event-" + event.id() + ".ics", CalendarFiles.MEDIA_TYPE,
                calendar.of(event, language).getBytes(StandardCharsets.UTF_8));
    }

    private static Locale language(Registration registration) {
        return Languages.of(registration.registrant().language());
    }

    private static String name(Registration registration) {
        Registrant registrant = registration.registrant();
        return registrant.name().isBlank() ? registrant.email() : registrant.name();
    }

    private static String title(Event event, Registration registration) {
        return event.title().in(language(registration));
    }
}
