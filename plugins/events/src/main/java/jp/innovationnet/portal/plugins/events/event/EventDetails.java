package jp.innovationnet.portal.plugins.events.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What an organiser says about an event, checked at the boundary (every instant is valid and ordered).
 *
 * @param kind                 its kind
 * @param title                its title
 * @param summary              a short summary (plain text)
 * @param programme            the programme (Markdown)
 * @param venue                where
 * @param startsAt             when it starts
 * @param endsAt               when it ends, after it starts
 * @param timeZone             the time zone its times are given in
 * @param sessions             the timetable, in order
 * @param registrationOpensAt  from when people may register; empty for as soon as it is published
 * @param registrationClosesAt until when people may register, at the latest when it ends
 * @param audience             whom it is for
 * @param contact              whom to ask
 * @param approvalRequired     whether registrations wait for the organisers' approval
 */
public record EventDetails(EventKind kind, Texts title, Texts summary, Texts programme, Venue venue,
                           Instant startsAt, Instant endsAt, ZoneId timeZone, List<Session> sessions,
                           Optional<Instant> registrationOpensAt, Instant registrationClosesAt, Audience audience,
                           Contact contact, boolean approvalRequired) {

    public EventDetails {
        sessions = List.copyOf(sessions);
    }
}
