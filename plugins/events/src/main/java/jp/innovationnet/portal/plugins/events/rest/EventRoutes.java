package jp.innovationnet.portal.plugins.events.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.events.Coded;
import jp.innovationnet.portal.plugins.events.calendar.EventCalendar;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventFilter;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.EventSearch;
import jp.innovationnet.portal.plugins.events.event.EventStateException;
import jp.innovationnet.portal.plugins.events.event.Region;
import jp.innovationnet.portal.plugins.events.event.Viewer;
import jp.innovationnet.portal.plugins.events.registration.CapacityBelowConfirmedException;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;

/**
 * Routes of events: the list and one event for everybody (each sees what is meant for them), its iCalendar file,
 * and the organisers' create, edit, publish, close and cancel.
 */
public final class EventRoutes {

    /** Who may organise events: the secretariat any, member administrators and staff their organization's. */
    static final Access ORGANISERS = Access.anyRole("secretariat", "member-admin", "member-staff");
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    /** How far a list pages: 50 pages of the largest size, past events of many years. */
    private static final int MAX_OFFSET = 10_000;

    private final PluginContext context;
    private final Viewers viewers;
    private final EventViews views;

    /**
     * @param context the plugin's context
     * @param views   writes events
     */
    EventRoutes(PluginContext context, EventViews views) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
        this.views = views;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/events", Access.PUBLIC,
                "Upcoming (or ?when=past) events meant for the caller; ?kind=&region=&audience=&month=YYYY-MM"
                        + "&offset=&limit=",
                this::list);
        routes.post("/events", ORGANISERS, "Create an event (a draft)", this::create);
        routes.get("/events/{id}", Access.PUBLIC, "One event, with programme and timetable", this::get);
        routes.put("/events/{id}", ORGANISERS, "Edit an event (with the version read)", this::edit);
        routes.get("/events/{id}/calendar.ics", Access.PUBLIC, "The event as an iCalendar file", this::calendar);
        routes.post("/events/{id}/publish", ORGANISERS, "Publish a draft", r -> transition(r, Event::publish,
                "event.published"));
        routes.post("/events/{id}/close", ORGANISERS, "Close a published event", r -> transition(r, Event::close,
                "event.closed"));
        routes.post("/events/{id}/cancel", ORGANISERS, "Cancel an event", r -> transition(r, Event::cancel,
                "event.cancelled"));
    }

    private RouteResponse list(RouteRequest request) {
        Locale locale = request.caller().locale();
        FieldErrors errors = new FieldErrors(locale);
        String when = request.queryParam("when").orElse("upcoming");
        if (!List.of("upcoming", "past").contains(when)) {
            errors.add("when", Message.ONE_OF, "upcoming, past");
        }
        Optional<EventKind> kind = queryCode(request, "kind", EventKind.values(), errors);
        Optional<Region> region = queryCode(request, "region", Region.values(), errors);
        Optional<AudienceKind> audience = queryCode(request, "audience", AudienceKind.values(), errors);
        Optional<YearMonth> month = request.queryParam("month").flatMap(m -> month(m, errors));
        int offset = request.queryParam("offset").map(o -> number(o, "offset", 0, MAX_OFFSET, errors)).orElse(0);
        int limit = request.queryParam("limit").map(l -> number(l, "limit", 1, MAX_LIMIT, errors))
                .orElse(DEFAULT_LIMIT);
        errors.throwIfAny();
        Instant now = Instant.now();
        Viewer viewer = viewers.of(request.caller());
        List<Event> events = new EventSearch(request.entityManager()).find(new EventFilter("past".equals(when), kind,
                region.map(Region::code), audience, month, offset, limit), viewer, now);
        var occupancy = new RegistrationDesk(request.entityManager())
                .occupancy(events.stream().map(Event::id).toList());
        return RouteResponse.ok(events.stream()
                .map(e -> views.summary(e, occupancy.get(e.id()), now, locale)).toList());
    }

    private RouteResponse get(RouteRequest request) {
        Event event = EventLookup.visible(request, viewers.of(request.caller()));
        return RouteResponse.ok(full(request, event));
    }

    private RouteResponse create(RouteRequest request) {
        Caller caller = request.caller();
        EventInput input = request.body(EventInput.class);
        String organiser = organiserFor(caller, input.organiserId());
        EventInputParser.Parsed parsed = EventInputParser.parse(input, caller.locale());
        Event event = Event.draft(organiser, parsed.details(), caller.userId(), Instant.now());
        request.entityManager().persist(event);
        request.entityManager().flush();
        new RegistrationDesk(request.entityManager()).open(event.id(), parsed.capacity());
        context.audit().record("event.created", "event", String.valueOf(event.id()),
                Map.of("organiser", organiser, "title", event.title().ja()));
        return RouteResponse.created(URI.create("events/" + event.id()), full(request, event));
    }

    private RouteResponse edit(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        EventInput input = request.body(EventInput.class);
        if (input.version() == null || input.version() != event.version()) {
            throw new ProblemException(409, "Conflict", Message.STALE_VERSION.in(caller.locale()),
                    Map.of("version", Message.STALE_VERSION.in(caller.locale())));
        }
        EventInputParser.Parsed parsed = EventInputParser.parse(input, caller.locale());
        try {
            event.revise(parsed.details());
            new RegistrationDesk(request.entityManager()).resize(event.id(), parsed.capacity());
        } catch (EventStateException e) {
            throw refused(e, caller.locale());
        } catch (CapacityBelowConfirmedException e) {
            throw FieldErrors.single(caller.locale(), "capacity", Message.CAPACITY_BELOW_CONFIRMED, e.confirmed());
        }
        request.entityManager().flush();
        context.audit().record("event.edited", "event", String.valueOf(event.id()), Map.of());
        return RouteResponse.ok(full(request, event));
    }

    private RouteResponse transition(RouteRequest request, Consumer<Event> change,
                                     String action) {
        Event event = EventLookup.organised(request, viewers.of(request.caller()));
        try {
            change.accept(event);
        } catch (EventStateException e) {
            throw refused(e, request.caller().locale());
        }
        request.entityManager().flush();
        context.audit().record(action, "event", String.valueOf(event.id()), Map.of("status", event.status().code()));
        return RouteResponse.ok(full(request, event));
    }

    private RouteResponse calendar(RouteRequest request) {
        Event event = EventLookup.visible(request, viewers.of(request.caller()));
        String ics = EventCalendar.of(event, request.caller().locale(),
                URI.create("/p/events/events/" + event.id()));
        return RouteResponse.content("text/calendar; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8))
                .withHeader("Content-Disposition", "attachment; filename=\"event-" + event.id() + ".ics\"");
    }

    private EventView full(RouteRequest request, Event event) {
        var occupancy = new RegistrationDesk(request.entityManager()).occupancy(List.of(event.id()));
        return views.full(event, occupancy.get(event.id()), Instant.now(), request.caller().locale());
    }

    /** The organiser of a new event: the caller's organization, or for the secretariat the one it names. */
    private static String organiserFor(Caller caller, String asked) {
        Optional<String> named = Optional.ofNullable(asked).filter(s -> !s.isBlank()).map(String::strip);
        if (caller.hasRole("secretariat") && named.isPresent()) {
            return named.get();
        }
        String own = caller.organizationId().orElseThrow(() ->
                ProblemException.forbidden(Message.NO_ORGANIZATION.in(caller.locale())));
        if (named.isPresent() && !named.get().equals(own)) {
            throw ProblemException.forbidden(Message.OTHER_ORGANISER.in(caller.locale()));
        }
        return own;
    }

    /**
     * @param e      the refusal
     * @param locale the reader's language
     * @return 409 naming the event's status
     */
    static ProblemException refused(EventStateException e, Locale locale) {
        String message = Message.STATE_REFUSED.in(locale, e.status().label(locale));
        return new ProblemException(409, "Conflict", message, Map.of("status", message));
    }

    private static <E extends Enum<E> & Coded> Optional<E> queryCode(RouteRequest request, String name, E[] values,
                                                                    FieldErrors errors) {
        Optional<String> given = request.queryParam(name).filter(v -> !v.isBlank());
        Optional<E> found = given.flatMap(v -> Coded.byCode(values, v));
        if (given.isPresent() && found.isEmpty()) {
            errors.oneOf(name, values);
        }
        return found;
    }

    private static Optional<YearMonth> month(String value, FieldErrors errors) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            errors.add("month", Message.NOT_A_MONTH);
            return Optional.empty();
        }
    }

    /** A number of the query, brought within its bounds; 0 and an error naming it if it is no number. */
    private static int number(String value, String name, int min, int max, FieldErrors errors) {
        try {
            return Math.clamp(Integer.parseInt(value), min, max);
        } catch (NumberFormatException e) {
            errors.add(name, Message.NOT_A_NUMBER);
            return 0;
        }
    }
}
