package jp.innovationnet.portal.plugins.events.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.events.event.Audience;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Contact;
import jp.innovationnet.portal.plugins.events.event.EventDetails;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.Session;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.event.Venue;
import jp.innovationnet.portal.plugins.events.question.ChoiceOption;
import jp.innovationnet.portal.plugins.events.question.QuestionDraft;
import jp.innovationnet.portal.plugins.events.question.QuestionType;

/**
 * Turns an {@link EventInput} whose fields passed their own constraints into {@link EventDetails}: reads the times
 * and the time zone, and checks the rules between fields (the end after the start, registration within the event,
 * a place or an online address, the regions or organizations an audience names, options only for a choice). Every
 * field at fault is named (by its JSON path, e.g. {@code sessions[1].end}) in one 422 problem.
 */
final class EventInputParser {

    /** The default time zone of events: the network is in Japan. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** The longest programme, in characters per language. */
    static final int PROGRAMME = 20000;

    private final FieldErrors errors;
    private ZoneId zone = JAPAN;

    private EventInputParser(Locale locale) {
        this.errors = FieldErrors.in(locale);
    }

    /**
     * @param input  what the organiser sent, its fields' own constraints met
     * @param locale the organiser's language, for the messages
     * @return the event's details, capacity (null for no limit) and questions
     * @throws ProblemException 422 naming every field at fault
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
        zone(in.timeZone());
        Optional<Instant> start = time("start", in.start());
        Optional<Instant> end = after("end", start, time("end", in.end()));
        List<Session> sessions = sessions(in.sessions());
        Optional<Instant> opens = time("registrationOpens", in.registrationOpens());
        Optional<Instant> closes = time("registrationCloses", in.registrationCloses()).or(() -> start);
        if (closes.isPresent() && end.isPresent() && closes.get().isAfter(end.get())) {
            errors.add("registrationCloses", Message.CLOSES_AFTER_END);
        }
        if (opens.isPresent() && closes.isPresent() && !opens.get().isBefore(closes.get())) {
            errors.add("registrationOpens", Message.OPENS_AFTER_CLOSE);
        }
        Venue venue = venue(in.venue());
        Audience audience = audience(in.audience());
        List<QuestionDraft> questions = questions(in.questions());
        errors.throwIfAny();
        EventInput.ContactInput contact = in.contact();
        Texts programme = in.programme() == null ? new Texts("", "") : in.programme().texts();
        EventKind kind = Coded.byCode(EventKind.values(), in.kind()).orElseThrow();
        return new Parsed(new EventDetails(kind, in.title().texts(), in.summary().texts(), programme, venue,
                start.orElseThrow(), end.orElseThrow(), zone, sessions, opens, closes.orElseThrow(), audience,
                new Contact(contact.name().strip(), contact.email().strip(), EventInput.text(contact.phone())),
                Boolean.TRUE.equals(in.approvalRequired())), in.capacity(), questions);
    }

    private void zone(String timeZone) {
        try {
            EventInput.text(timeZone).ifPresent(z -> zone = ZoneId.of(z));
        } catch (DateTimeException e) {
            errors.add("timeZone", Message.NOT_A_ZONE);
        }
    }

    /** A time with its offset, or a local time in the event's zone; empty when not given or not a time. */
    private Optional<Instant> time(String field, String value) {
        try {
            return EventInput.text(value).map(this::instant);
        } catch (DateTimeParseException e) {
            errors.add(field, KitWording.NOT_A_TIME);
            return Optional.empty();
        }
    }

    private Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }

    /** The end; its field is at fault unless it is after the start. */
    private Optional<Instant> after(String field, Optional<Instant> start, Optional<Instant> end) {
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.add(field, Message.END_BEFORE_START);
        }
        return end;
    }

    private List<Session> sessions(List<EventInput.SessionInput> sessions) {
        List<Session> result = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            String at = "sessions[" + i + "]";
            EventInput.SessionInput in = sessions.get(i);
            Optional<Instant> start = time(at + ".start", in.start());
            after(at + ".end", start, time(at + ".end", in.end())).ifPresent(end -> result.add(new Session(
                    start.orElseThrow(), end, new Texts(in.titleJa().strip(), in.titleEn().strip()),
                    EventInput.text(in.speaker()))));
        }
        return result;
    }

    private Venue venue(EventInput.VenueInput venue) {
        EventInput.VenueInput in = venue == null ? new EventInput.VenueInput(null, null, null, null, null) : venue;
        Optional<String> address = EventInput.text(in.address());
        Optional<String> url = EventInput.text(in.onlineUrl());
        if (url.filter(u -> !u.matches("(?i)https?://\\S+")).isPresent()) {
            errors.add("venue.onlineUrl", KitWording.NOT_A_WEB_ADDRESS);
        }
        if (address.isEmpty() && url.isEmpty()) {
            errors.add("venue", Message.PLACE_NEEDED);
        }
        return new Venue(new Texts(EventInput.text(in.nameJa()).orElse(""), EventInput.text(in.nameEn()).orElse("")),
                address, Optional.ofNullable(in.region()), url);
    }

    private Audience audience(EventInput.AudienceInput in) {
        AudienceKind kind = Coded.byCode(AudienceKind.values(), in.kind()).orElseThrow();
        for (int i = 0; i < in.regions().size(); i++) {
            errors.optionalCode("audience.regions[" + i + "]", Region.values(), in.regions().get(i));
        }
        if (kind == AudienceKind.REGIONS && in.regions().isEmpty()) {
            errors.add("audience.regions", KitWording.LIST_NEEDED);
        }
        if (kind == AudienceKind.ORGANIZATIONS && in.organizations().isEmpty()) {
            errors.add("audience.organizations", KitWording.LIST_NEEDED);
        }
        return new Audience(kind, kind == AudienceKind.REGIONS ? Set.copyOf(in.regions()) : Set.of(),
                kind == AudienceKind.ORGANIZATIONS ? Set.copyOf(in.organizations()) : Set.of());
    }

    private List<QuestionDraft> questions(List<EventInput.QuestionInput> questions) {
        List<QuestionDraft> result = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            EventInput.QuestionInput in = questions.get(i);
            QuestionType type = Coded.byCode(QuestionType.values(), in.type()).orElseThrow();
            if (type != QuestionType.CHOICE && !in.options().isEmpty()) {
                errors.add("questions[" + i + "].options", Message.OPTIONS_ONLY_FOR_CHOICE);
            } else if (type == QuestionType.CHOICE && in.options().size() < 2) {
                errors.add("questions[" + i + "].options", Message.OPTIONS_NEEDED);
            }
            result.add(new QuestionDraft(EventInput.text(in.id()), in.labelJa().strip(), in.labelEn().strip(), type,
                    Boolean.TRUE.equals(in.required()), in.options().stream().map(EventInput.Line::texts)
                    .map(t -> new ChoiceOption(t.ja(), t.en())).toList()));
        }
        return result;
    }
}
