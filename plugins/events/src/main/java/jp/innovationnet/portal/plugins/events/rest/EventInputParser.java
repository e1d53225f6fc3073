package jp.innovationnet.portal.plugins.events.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugins.events.Coded;
import jp.innovationnet.portal.plugins.events.event.Audience;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Contact;
import jp.innovationnet.portal.plugins.events.event.EventDetails;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.Region;
import jp.innovationnet.portal.plugins.events.event.Session;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.event.Venue;
import jp.innovationnet.portal.plugins.events.question.ChoiceOption;
import jp.innovationnet.portal.plugins.events.question.QuestionDraft;
import jp.innovationnet.portal.plugins.events.question.QuestionType;
import jp.innovationnet.portal.plugins.events.question.Questionnaire;

/**
 * Checks an {@link EventInput} and turns it into {@link EventDetails}: every field at fault is named (by its JSON
 * path, e.g. {@code end}, {@code audience.kind}, {@code sessions[1].start}) in one 400 problem; nothing is written
 * unless all is well.
 */
final class EventInputParser {

    /** The default time zone of events: the network is in Japan. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final int TITLE = 200;
    private static final int SUMMARY = 2000;
    static final int PROGRAMME = 20000;
    private static final int LINE = 400;

    private final FieldErrors errors;

    private EventInputParser(Locale locale) {
        this.errors = new FieldErrors(locale);
    }

    /**
     * @param input  what the organiser sent
     * @param locale the organiser's language, for the messages
     * @return the event's details, capacity (null for no limit) and questions
     * @throws ProblemException 400 naming every field at fault
     */
    static Parsed parse(EventInput input, Locale locale) {
        return new EventInputParser(locale).parse(input);
    }

    /**
     * @param details   the event's details
     * @param capacity  its seats; null for no limit
     * @param questions what registrants are asked, in order
     */
    record Parsed(EventDetails details, Integer capacity, List<QuestionDraft> questions) {
    }

    private Parsed parse(EventInput in) {
        Optional<EventKind> kind = code("kind", EventKind.values(), in.kind());
        Texts title = texts("title", in.title(), TITLE, true);
        Texts summary = texts("summary", in.summary(), SUMMARY, true);
        Texts programme = texts("programme", in.programme(), PROGRAMME, false);
        Venue venue = venue(in.venue());
        ZoneId zone = zone(in.timeZone());
        Optional<Instant> start = time("start", in.start(), zone, true);
        Optional<Instant> end = time("end", in.end(), zone, true);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.add("end", Message.END_BEFORE_START);
        }
        List<Session> sessions = sessions(in.sessions(), zone);
        Integer capacity = in.capacity();
        if (capacity != null && capacity < 1) {
            errors.add("capacity", Message.CAPACITY_POSITIVE);
        }
        Optional<Instant> opens = time("registrationOpens", in.registrationOpens(), zone, false);
        Optional<Instant> closes = time("registrationCloses", in.registrationCloses(), zone, false).or(() -> start);
        if (closes.isPresent() && end.isPresent() && closes.get().isAfter(end.get())) {
            errors.add("registrationCloses", Message.CLOSES_AFTER_END);
        }
        if (opens.isPresent() && closes.isPresent() && !opens.get().isBefore(closes.get())) {
            errors.add("registrationOpens", Message.OPENS_AFTER_CLOSE);
        }
        Optional<Audience> audience = audience(in.audience());
        Contact contact = contact(in.contact());
        List<QuestionDraft> questions = questions(in.questions());
        errors.throwIfAny();
        return new Parsed(new EventDetails(kind.orElseThrow(), title, summary, programme, venue, start.orElseThrow(),
                end.orElseThrow(), zone, sessions, opens, closes.orElseThrow(), audience.orElseThrow(), contact,
                Boolean.TRUE.equals(in.approvalRequired())), capacity, questions);
    }

    private Texts texts(String field, EventInput.Texts texts, int max, boolean required) {
        EventInput.Texts given = texts == null ? new EventInput.Texts(null, null) : texts;
        return new Texts(text(field + ".ja", given.ja(), max, required).orElse(""),
                text(field + ".en", given.en(), max, required).orElse(""));
    }

    private Optional<String> text(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, Message.REQUIRED);
            }
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(field, Message.TOO_LONG, max);
        }
        return Optional.of(text);
    }

    private <E extends Enum<E> & Coded> Optional<E> code(String field, E[] values, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, Message.REQUIRED);
            return Optional.empty();
        }
        Optional<E> found = Coded.byCode(values, value.strip());
        if (found.isEmpty()) {
            errors.oneOf(field, values);
        }
        return found;
    }

    private Venue venue(EventInput.VenueInput venue) {
        EventInput.VenueInput in = venue == null ? new EventInput.VenueInput(null, null, null, null, null) : venue;
        Optional<String> address = text("venue.address", in.address(), LINE, false);
        Optional<String> url = text("venue.onlineUrl", in.onlineUrl(), 1000, false);
        url.filter(u -> !u.matches("(?i)https?://\\S+")).ifPresent(u -> errors.add("venue.onlineUrl",
                Message.NOT_A_WEB_ADDRESS));
        if (address.isEmpty() && url.isEmpty()) {
            errors.add("venue", Message.PLACE_NEEDED);
        }
        Optional<String> region = Optional.ofNullable(in.region()).filter(r -> !r.isBlank())
                .flatMap(r -> code("venue.region", Region.values(), r)).map(Region::code);
        return new Venue(new Texts(text("venue.nameJa", in.nameJa(), TITLE, false).orElse(""),
                text("venue.nameEn", in.nameEn(), TITLE, false).orElse("")), address, region, url);
    }

    private ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return JAPAN;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            errors.add("timeZone", Message.NOT_A_ZONE);
            return JAPAN;
        }
    }

    private Optional<Instant> time(String field, String value, ZoneId zone, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, Message.REQUIRED);
            }
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                errors.add(field, Message.NOT_A_TIME);
                return Optional.empty();
            }
        }
    }

    private List<Session> sessions(List<EventInput.SessionInput> sessions, ZoneId zone) {
        List<Session> result = new ArrayList<>();
        if (sessions == null) {
            return result;
        }
        for (int i = 0; i < sessions.size(); i++) {
            String at = "sessions[" + i + "]";
            EventInput.SessionInput in = sessions.get(i);
            if (in == null) {
                errors.add(at, Message.REQUIRED);
                continue;
            }
            Optional<Instant> start = time(at + ".start", in.start(), zone, true);
            Optional<Instant> end = time(at + ".end", in.end(), zone, true);
            Optional<String> ja = text(at + ".titleJa", in.titleJa(), TITLE, true);
            Optional<String> en = text(at + ".titleEn", in.titleEn(), TITLE, true);
            Optional<String> speaker = text(at + ".speaker", in.speaker(), TITLE, false);
            if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
                errors.add(at + ".end", Message.END_BEFORE_START);
            } else if (start.isPresent() && end.isPresent() && ja.isPresent() && en.isPresent()) {
                result.add(new Session(start.get(), end.get(), new Texts(ja.get(), en.get()), speaker));
            }
        }
        return result;
    }

    private List<QuestionDraft> questions(List<EventInput.QuestionInput> questions) {
        List<QuestionDraft> result = new ArrayList<>();
        if (questions == null) {
            return result;
        }
        if (questions.size() > Questionnaire.MAX_QUESTIONS) {
            errors.add("questions", Message.TOO_MANY, Questionnaire.MAX_QUESTIONS);
        }
        for (int i = 0; i < questions.size(); i++) {
            String at = "questions[" + i + "]";
            EventInput.QuestionInput in = questions.get(i);
            if (in == null) {
                errors.add(at, Message.REQUIRED);
                continue;
            }
            Optional<String> id = Optional.ofNullable(in.id()).map(String::strip).filter(s -> !s.isEmpty());
            Optional<String> ja = text(at + ".labelJa", in.labelJa(), TITLE, true);
            Optional<String> en = text(at + ".labelEn", in.labelEn(), TITLE, true);
            Optional<QuestionType> type = code(at + ".type", QuestionType.values(), in.type());
            List<ChoiceOption> options = options(at, type, in.options());
            if (ja.isPresent() && en.isPresent() && type.isPresent()) {
                result.add(new QuestionDraft(id, ja.get(), en.get(), type.get(), Boolean.TRUE.equals(in.required()),
                        options));
            }
        }
        return result;
    }

    private List<ChoiceOption> options(String at, Optional<QuestionType> type, List<EventInput.Texts> options) {
        List<EventInput.Texts> given = options == null ? List.of() : options;
        if (type.filter(t -> t == QuestionType.CHOICE).isEmpty()) {
            if (!given.isEmpty()) {
                errors.add(at + ".options", Message.OPTIONS_ONLY_FOR_CHOICE);
            }
            return List.of();
        }
        if (given.size() < 2) {
            errors.add(at + ".options", Message.OPTIONS_NEEDED);
        }
        List<ChoiceOption> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Texts texts = texts(at + ".options[" + i + "]", given.get(i), TITLE, true);
            result.add(new ChoiceOption(texts.ja(), texts.en()));
        }
        return result;
    }

    private Optional<Audience> audience(EventInput.AudienceInput audience) {
        EventInput.AudienceInput in = audience == null ? new EventInput.AudienceInput(null, null, null) : audience;
        Optional<AudienceKind> kind = code("audience.kind", AudienceKind.values(), in.kind());
        Set<String> regions = new LinkedHashSet<>();
        List<String> givenRegions = in.regions() == null ? List.of() : in.regions();
        for (int i = 0; i < givenRegions.size(); i++) {
            code("audience.regions[" + i + "]", Region.values(), givenRegions.get(i)).map(Region::code)
                    .ifPresent(regions::add);
        }
        Set<String> organizations = in.organizations() == null ? Set.of() : in.organizations().stream()
                .filter(o -> o != null && !o.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        kind.filter(k -> k == AudienceKind.REGIONS && givenRegions.isEmpty())
                .ifPresent(k -> errors.add("audience.regions", Message.LIST_NEEDED));
        kind.filter(k -> k == AudienceKind.ORGANIZATIONS && organizations.isEmpty())
                .ifPresent(k -> errors.add("audience.organizations", Message.LIST_NEEDED));
        return kind.map(k -> new Audience(k, k == AudienceKind.REGIONS ? regions : Set.of(),
                k == AudienceKind.ORGANIZATIONS ? organizations : Set.of()));
    }

    private Contact contact(EventInput.ContactInput contact) {
        EventInput.ContactInput in = contact == null ? new EventInput.ContactInput(null, null, null) : contact;
        Optional<String> name = text("contact.name", in.name(), TITLE, true);
        Optional<String> email = text("contact.email", in.email(), 320, true);
        email.filter(e -> !FieldErrors.isEmail(e)).ifPresent(e -> errors.add("contact.email",
                Message.NOT_AN_EMAIL));
        return new Contact(name.orElse(""), email.orElse(""), text("contact.phone", in.phone(), 40, false));
    }
}
