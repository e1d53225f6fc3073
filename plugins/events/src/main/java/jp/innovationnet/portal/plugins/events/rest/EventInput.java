package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.question.QuestionType;
import jp.innovationnet.portal.plugins.events.question.Questionnaire;

/**
 * An event as organisers send it (create and edit). The core checks each field's own rules (the constraints here)
 * and names every field at fault in one 422 answer; {@link EventInputParser} then reads the times and checks the
 * rules between fields. Times are local times in {@code timeZone} ({@code 2026-12-10T13:30}) or carry their offset
 * ({@code 2026-12-10T13:30+09:00}); they arrive as text so that a bad one is named like any other field.
 *
 * @param organiserId        the organization running it (the secretariat may name any; default: the caller's)
 * @param kind               seminar, exchange-meeting, matching-fair, coordinator-training, general-assembly, other
 * @param title              title in both languages
 * @param summary            summary in both languages
 * @param programme          programme in Markdown, in both languages
 * @param venue              place and/or online address
 * @param start              when it starts
 * @param end                when it ends
 * @param timeZone           the zone of its times; Asia/Tokyo by default
 * @param sessions           the timetable
 * @param capacity           seats; none for no limit
 * @param registrationOpens  from when people may register; default: once published
 * @param registrationCloses until when; default: the start
 * @param audience           whom it is for
 * @param contact            whom to ask
 * @param version            on edits: the version the edit is based on
 * @param questions          what registrants are asked, in order; on edits the whole list (send back each
 *                           question's id to keep it, leave one out to remove it)
 * @param approvalRequired   whether registrations wait for the organisers' approval; false by default
 */
public record EventInput(String organiserId,
                         @NotBlank @CodeOf(EventKind.class) String kind,
                         @NotNull @Valid Line title,
                         @NotNull @Valid Summary summary,
                         @Valid Programme programme,
                         @Valid VenueInput venue,
                         @NotBlank String start,
                         @NotBlank String end,
                         String timeZone,
                         @Valid List<SessionInput> sessions,
                         @Min(1) Integer capacity,
                         String registrationOpens,
                         String registrationCloses,
                         @NotNull @Valid AudienceInput audience,
                         @NotNull @Valid ContactInput contact,
                         Long version,
                         @Size(max = Questionnaire.MAX_QUESTIONS, message = "{events.tooMany}")
                         @Valid List<QuestionInput> questions,
                         Boolean approvalRequired) {

    /** Leaves out what is not there: an absent list is empty, and so is a list's null element. */
    public EventInput {
        sessions = present(sessions);
        questions = present(questions);
    }

    /** A required line in both languages: a title, a question, an option. @param ja Japanese @param en English */
    public record Line(@NotBlank @Size(max = 200) @PlainText String ja,
                       @NotBlank @Size(max = 200) @PlainText String en) {

        Texts texts() {
            return new Texts(ja.strip(), en.strip());
        }
    }

    /** A required summary in both languages. @param ja Japanese @param en English */
    public record Summary(@NotBlank @Size(max = 2000) @PlainText String ja,
                          @NotBlank @Size(max = 2000) @PlainText String en) {

        Texts texts() {
            return new Texts(ja.strip(), en.strip());
        }
    }

    /** The programme in Markdown, in both languages, each may be left out. @param ja Japanese @param en English */
    public record Programme(@Size(max = EventInputParser.PROGRAMME) @PlainText String ja,
                            @Size(max = EventInputParser.PROGRAMME) @PlainText String en) {

        Texts texts() {
            return new Texts(text(ja).orElse(""), text(en).orElse(""));
        }
    }

    /**
     * @param nameJa    the place's name in Japanese
     * @param nameEn    the place's name in English
     * @param address   its address
     * @param region    its region (Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, Shikoku, Kyushu, Okinawa, Overseas)
     * @param onlineUrl the online meeting's address (http or https)
     */
    public record VenueInput(@Size(max = 200) @PlainText String nameJa, @Size(max = 200) @PlainText String nameEn,
                             @Size(max = 400) @PlainText String address, @CodeOf(Region.class) String region,
                             @Size(max = 1000) @PlainText String onlineUrl) {

        /** A region left blank is none. */
        public VenueInput {
            region = text(region).orElse(null);
        }
    }

    /**
     * @param start   when it starts
     * @param end     when it ends
     * @param titleJa its title in Japanese
     * @param titleEn its title in English
     * @param speaker who speaks
     */
    public record SessionInput(@NotBlank String start, @NotBlank String end,
                               @NotBlank @Size(max = 200) @PlainText String titleJa,
                               @NotBlank @Size(max = 200) @PlainText String titleEn,
                               @Size(max = 200) @PlainText String speaker) {
    }

    /**
     * @param kind          all-members, regions, organizations, coordinators, overseas-partners, public
     * @param regions       for {@code regions} (each checked by {@link EventInputParser}, which names it by its index)
     * @param organizations for {@code organizations}: aliases
     */
    public record AudienceInput(@NotBlank @CodeOf(AudienceKind.class) String kind,
                                List<String> regions,
                                List<@Size(max = 100) String> organizations) {

        /** Absent lists are empty; blank aliases are none. */
        public AudienceInput {
            regions = present(regions);
            organizations = present(organizations).stream().map(EventInput::text).flatMap(Optional::stream)
                    .toList();
        }
    }

    /**
     * @param id       the question's id, on edits; absent for a new question
     * @param labelJa  the question in Japanese
     * @param labelEn  the question in English
     * @param type     text, choice or yes-no
     * @param required whether registrants must answer it; false by default
     * @param options  for a choice: at least two options, each in both languages
     */
    public record QuestionInput(String id, @NotBlank @Size(max = 200) @PlainText String labelJa,
                                @NotBlank @Size(max = 200) @PlainText String labelEn,
                                @NotBlank @CodeOf(QuestionType.class) String type, Boolean required,
                                @Valid List<Line> options) {

        /** An absent list of options is empty. */
        public QuestionInput {
            options = present(options);
        }
    }

    /** @param name a person or desk @param email their address @param phone their number */
    public record ContactInput(@NotBlank @Size(max = 200) @PlainText String name,
                               @NotBlank @Email @Size(max = 320) String email,
                               @Size(max = 40) @PlainText String phone) {
    }

    /** @return the text stripped, if there is any */
    static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
