package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;

/**
 * An event as organisers send it (create and edit). Everything arrives as text and is checked by
 * {@link EventInputParser}, so that every bad field is named in one 400 answer. Times are local times in
 * {@code timeZone} ({@code 2026-12-10T13:30}) or carry their offset ({@code 2026-12-10T13:30+09:00}).
 *
 * @param organiserId          the organization running it (the secretariat may name any; default: the caller's)
 * @param kind                 seminar, exchange-meeting, matching-fair, coordinator-training, general-assembly, other
 * @param title                title in both languages
 * @param summary              summary in both languages
 * @param programme            programme in Markdown, in both languages
 * @param venue                place and/or online address
 * @param start                when it starts
 * @param end                  when it ends
 * @param timeZone             the zone of its times; Asia/Tokyo by default
 * @param sessions             the timetable
 * @param capacity             seats; none for no limit
 * @param registrationOpens    from when people may register; default: once published
 * @param registrationCloses   until when; default: the start
 * @param audience             whom it is for
 * @param contact              whom to ask
 * @param version              on edits: the version the edit is based on
 * @param questions            what registrants are asked, in order; on edits the whole list (send back each
 *                             question's id to keep it, leave one out to remove it)
 * @param approvalRequired     whether registrations wait for the organisers' approval; false by default
 */
public record EventInput(String organiserId, String kind, Texts title, Texts summary, Texts programme,
                         VenueInput venue, String start, String end, String timeZone, List<SessionInput> sessions,
                         Integer capacity, String registrationOpens, String registrationCloses,
                         AudienceInput audience, ContactInput contact, Long version, List<QuestionInput> questions,
                         Boolean approvalRequired) {

    /** @param ja Japanese @param en English */
    public record Texts(String ja, String en) {
    }

    /**
     * @param nameJa    the place's name in Japanese
     * @param nameEn    the place's name in English
     * @param address   its address
     * @param region    its region (Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, Shikoku, Kyushu, Okinawa, Overseas)
     * @param onlineUrl the online meeting's address
     */
    public record VenueInput(String nameJa, String nameEn, String address, String region, String onlineUrl) {
    }

    /**
     * @param start   when it starts
     * @param end     when it ends
     * @param titleJa its title in Japanese
     * @param titleEn its title in English
     * @param speaker who speaks
     */
    public record SessionInput(String start, String end, String titleJa, String titleEn, String speaker) {
    }

    /**
     * @param kind          all-members, regions, organizations, coordinators, overseas-partners, public
     * @param regions       for {@code regions}
     * @param organizations for {@code organizations}: aliases
     */
    public record AudienceInput(String kind, List<String> regions, List<String> organizations) {
    }

    /**
     * @param id       the question's id, on edits; absent for a new question
     * @param labelJa  the question in Japanese
     * @param labelEn  the question in English
     * @param type     text, choice or yes-no
     * @param required whether registrants must answer it; false by default
     * @param options  for a choice: at least two options, each in both languages
     */
    public record QuestionInput(String id, String labelJa, String labelEn, String type, Boolean required,
                                List<Texts> options) {
    }

    /** @param name a person or desk @param email their address @param phone their number */
    public record ContactInput(String name, String email, String phone) {
    }
}
