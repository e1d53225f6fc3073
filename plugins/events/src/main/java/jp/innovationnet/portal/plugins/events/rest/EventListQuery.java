package jp.innovationnet.portal.plugins.events.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.EventFilter;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugin.api.kit.Region;

/**
 * What the list of events is asked for: {@code ?when=upcoming|past&kind=&region=&audience=&month=YYYY-MM
 * &organiser=<alias>&registered=me&offset=&limit=}.
 *
 * @param filter         the filter, not yet narrowed to the caller's registrations
 * @param registeredOnly only events the caller registered for ({@code registered=me}; logged-in callers only)
 */
record EventListQuery(EventFilter filter, boolean registeredOnly) {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    /** How far a list pages: 50 pages of the largest size, past events of many years. */
    private static final int MAX_OFFSET = 10_000;

    /**
     * @param param  the request's query parameters
     * @param caller who asks
     * @return the query
     * @throws ProblemException 422 naming every parameter at fault; 401 for {@code registered=me} without login
     */
    static EventListQuery of(Function<String, Optional<String>> param, Caller caller) {
        FieldErrors errors = FieldErrors.in(caller.locale());
        String when = param.apply("when").orElse("upcoming");
        if (!List.of("upcoming", "past").contains(when)) {
            errors.add("when", KitWording.ONE_OF, "upcoming, past");
        }
        Optional<EventKind> kind = errors.optionalCode("kind", EventKind.values(), param.apply("kind").orElse(null));
        Optional<Region> region = errors.optionalCode("region", Region.values(), param.apply("region").orElse(null));
        Optional<AudienceKind> audience = errors.optionalCode("audience", AudienceKind.values(),
                param.apply("audience").orElse(null));
        Optional<YearMonth> month = param.apply("month").flatMap(m -> month(m, errors));
        Optional<String> organiser = param.apply("organiser").map(String::strip).filter(o -> !o.isEmpty());
        Optional<String> registered = param.apply("registered").filter(r -> !r.isBlank());
        if (registered.filter(r -> !"me".equals(r)).isPresent()) {
            errors.add("registered", KitWording.ONE_OF, "me");
        }
        int offset = param.apply("offset").map(o -> number(o, "offset", 0, MAX_OFFSET, errors)).orElse(0);
        int limit = param.apply("limit").map(l -> number(l, "limit", 1, MAX_LIMIT, errors)).orElse(DEFAULT_LIMIT);
        errors.throwIfAny();
        if (registered.isPresent() && !caller.authenticated()) {
            throw new ProblemException(401, "Unauthorized", Message.LOGIN_NEEDED.in(caller.locale()), Map.of());
        }
        return new EventListQuery(new EventFilter("past".equals(when), kind, region.map(Region::code), audience,
                month, organiser, Optional.empty(), offset, limit), registered.isPresent());
    }

    private static Optional<YearMonth> month(String value, FieldErrors errors) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            errors.add("month", Message.NOT_A_MONTH);
            return Optional.empty();
        }
    }

    /** A number of the query, brought within its bounds; {@code min} and an error naming it if it is no number. */
    private static int number(String value, String name, int min, int max, FieldErrors errors) {
        try {
            return Math.clamp(Integer.parseInt(value), min, max);
        } catch (NumberFormatException e) {
            errors.add(name, KitWording.NOT_A_NUMBER);
            return min;
        }
    }
}
