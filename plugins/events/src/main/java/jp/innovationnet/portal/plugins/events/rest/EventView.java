package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;

import jp.innovationnet.portal.plugins.events.event.Texts;

/**
 * An event as the API shows it. Local times ({@code start}, {@code end}) are in the event's {@code timeZone};
 * {@code startsAt}/{@code endsAt} are the same instants in UTC. Lists leave out {@code detail}.
 *
 * @param id                   its id
 * @param organiserId          the organization running it
 * @param kind                 its kind's code
 * @param kindLabel            its kind in the reader's language
 * @param status               draft, published, closed or cancelled
 * @param statusLabel          its status in the reader's language
 * @param title                its title
 * @param summary              its summary
 * @param venue                where
 * @param start                local start
 * @param end                  local end
 * @param timeZone             the zone of the local times
 * @param startsAt             start instant (ISO-8601, UTC)
 * @param endsAt               end instant
 * @param audience             whom it is for
 * @param capacity             seats; absent for no limit
 * @param confirmed            people confirmed
 * @param waiting              people on the waiting list
 * @param registrationOpensAt  registration opens (instant); absent: when published
 * @param registrationClosesAt registration closes (instant)
 * @param registrationOpen     whether it takes registrations now
 * @param detail               programme, timetable, contact and version: for one event only
 * @param approvalRequired     whether registrations wait for the organisers' approval
 * @param questions            what registrants are asked, in order: for one event only
 */
public record EventView(long id, String organiserId, String kind, String kindLabel, String status,
                        String statusLabel, Texts title, Texts summary, Venue venue, String start, String end,
                        String timeZone, String startsAt, String endsAt, Audience audience, Integer capacity,
                        int confirmed, long waiting, String registrationOpensAt, String registrationClosesAt,
                        boolean registrationOpen, Detail detail, boolean approvalRequired,
                        List<QuestionView> questions) {

    /** @param name the place @param address its address @param region its region @param onlineUrl online link */
    public record Venue(Texts name, String address, String region, String onlineUrl) {
    }

    /** @param kind its code @param label in the reader's language @param regions regions @param organizations aliases */
    public record Audience(String kind, String label, List<String> regions, List<String> organizations) {
    }

    /**
     * @param programme     the programme as written (Markdown)
     * @param programmeHtml the programme as sanitised HTML
     * @param sessions      the timetable
     * @param contact       whom to ask
     * @param version       the version an edit must name
     */
    public record Detail(Texts programme, Texts programmeHtml, List<Session> sessions, Contact contact,
                         long version) {
    }

    /** @param start local start @param end local end @param title its title @param speaker who speaks */
    public record Session(String start, String end, Texts title, String speaker) {
    }

    /** @param name person or desk @param email e-mail @param phone telephone */
    public record Contact(String name, String email, String phone) {
    }
}
