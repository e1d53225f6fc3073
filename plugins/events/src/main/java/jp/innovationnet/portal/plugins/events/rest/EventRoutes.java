package jp.innovationnet.portal.plugins.events.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugins.events.activity.EventActivity;
import jp.innovationnet.portal.plugins.events.calendar.EventCalendar;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventFilter;
import jp.innovationnet.portal.plugins.events.event.EventSearch;
import jp.innovationnet.portal.plugins.events.event.EventStateException;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.notice.EventChange;
import jp.innovationnet.portal.plugins.events.notice.Notices;
import jp.innovationnet.portal.plugins.events.question.QuestionChangeException;
import jp.innovationnet.portal.plugins.events.question.Questionnaire;
import jp.innovationnet.portal.plugins.events.registration.CapacityBelowConfirmedException;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;

/**
 * Routes of events: the list and one event for everybody (each sees what is meant for them), its iCalendar file,
 * and the organisers' create, edit, publish, close and cancel.
 */
public final class EventRoutes {

    /** Who may organise events: the secretariat any, member administrators and staff their organization's. */
    static final Access ORGANISERS = Access.anyRole("secretariat", "member-admin", "member-staff");

    private final PluginContext context;
    private final Viewers viewers;
    private final EventViews views;
    private final Notices notices;
    private final EventActivity activity;

    /**
     * @param context the plugin's context
     * @param views   writes events
     */
    EventRoutes(PluginContext context, EventViews views) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
        this.activity = new EventActivity(context.activities());
        this.views = views;
        this.notices = new Notices(context);
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/events", Access.PUBLIC,
                "Upcoming (or ?when=past) events meant for the caller; ?kind=&region=&audience=&month=YYYY-MM"
                        + "&organiser=<alias>&registered=me&offset=&limit=",
                this::list);
        routes.post("/events", ORGANISERS, "Create an event (a draft)", this::create);
        routes.get("/events/{id}", Access.PUBLIC, "One event, with programme and timetable", this::get);
        routes.put("/events/{id}", ORGANISERS, "Edit an event (with the version read)", this::edit);
        routes.get("/events/{id}/calendar.ics", Access.PUBLIC, "The event as an iCalendar file", this::calendar);
        routes.post("/events/{id}/publish", ORGANISERS, "Publish a draft", r -> transition(r, Event::publish,
                "event.published"));
        routes.post("/events/{id}/close", ORGANISERS, "Close a published event", r -> transition(r, Event::close,
                "event.closed"));
        routes.post("/events/{id}/cancel", ORGANISERS, "Cancel an event (its registrants are told)", this::cancel);
    }

    private RouteResponse list(RouteRequest request) {
        Caller caller = request.caller();
        EventListQuery query = EventListQuery.of(request::queryParam, caller);
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        EventFilter filter = query.registeredOnly() ? query.filter().among(desk.eventsOf(caller.userId()))
                : query.filter();
        Instant now = Instant.now();
        List<Event> events = new EventSearch(request.entityManager()).find(filter, viewers.of(caller), now);
        var occupancy = desk.occupancy(events.stream().map(Event::id).toList());
        return RouteResponse.ok(events.stream()
                .map(e -> views.summary(e, occupancy.get(e.id()), now, caller.locale())).toList());
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
        new Questionnaire(request.entityManager()).revise(event.id(), parsed.questions(), Set.of());
        context.audit().record("event.created", "event", String.valueOf(event.id()),
                Map.of("organiser", organiser, "title", event.title().ja()));
        return RouteResponse.created(URI.create("events/" + event.id()), full(request, event));
    }

    private RouteResponse edit(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        EventInput input = request.body(EventInput.class);
        if (input.version() == null || input.version() != event.version()) {
            throw new ProblemException(409, "Conflict", KitWording.STALE.in(caller.locale()),
                    Map.of("version", KitWording.STALE.in(caller.locale())));
        }
        EventInputParser.Parsed parsed = EventInputParser.parse(input, caller.locale());
        boolean published = event.status() == EventStatus.PUBLISHED;
        EventChange.Snapshot before = EventChange.Snapshot.of(event);
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        try {
            event.revise(parsed.details());
            desk.resize(event.id(), parsed.capacity());
            new Questionnaire(request.entityManager()).revise(event.id(), parsed.questions(),
                    desk.answeredQuestions(event.id()));
        } catch (EventStateException e) {
            throw refused(e, caller.locale());
        } catch (CapacityBelowConfirmedException e) {
            throw FieldErrors.single(caller.locale(), "capacity", Message.CAPACITY_BELOW_CONFIRMED, e.confirmed());
        } catch (QuestionChangeException e) {
            throw refused(e, caller.locale());
        }
        request.entityManager().flush();
        if (published) {
            notices.changed(event, before.changesTo(EventChange.Snapshot.of(event)), desk.all(event.id()));
        }
        notices.after(event, desk);
        activity.changed(event);
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
        activity.changed(event);
        context.audit().record(action, "event", String.valueOf(event.id()), Map.of("status", event.status().code()));
        return RouteResponse.ok(full(request, event));
    }

    private RouteResponse cancel(RouteRequest request) {
        RouteResponse cancelled = transition(request, Event::cancel, "event.cancelled");
        Event event = EventLookup.organised(request, viewers.of(request.caller()));
        notices.cancelled(event, new RegistrationDesk(request.entityManager()).all(event.id()));
        return cancelled;
    }

    private RouteResponse calendar(RouteRequest request) {
        Event event = EventLookup.visible(request, viewers.of(request.caller()));
        String ics = new EventCalendar(context.calendarFiles(), context::portalUrl).of(event, request.caller().locale());
        return RouteResponse.content(CalendarFiles.MEDIA_TYPE, ics.getBytes(StandardCharsets.UTF_8))
                .withHeader("Content-Disposition", "attachment; filename=\"event-" + event.id() + ".ics\"");
    }

    private EventView full(RouteRequest request, Event event) {
        var occupancy = new RegistrationDesk(request.entityManager()).occupancy(List.of(event.id()));
        return views.full(event, occupancy.get(event.id()),
                new Questionnaire(request.entityManager()).asked(event.id()), Instant.now(),
                request.caller().locale());
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

    /**
     * @param e      questions refused
     * @param locale the reader's language
     * @return 422 naming each refused question's field ({@code questions[1].type})
     */
    private static ProblemException refused(QuestionChangeException e, Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        for (QuestionChangeException.Refusal refusal : e.refusals()) {
            errors.add("questions[" + refusal.index() + "]." + refusal.field(), switch (refusal.reason()) {
                case UNKNOWN_ID -> Message.QUESTION_UNKNOWN_ID;
                case TYPE_ANSWERED -> Message.QUESTION_TYPE_ANSWERED;
                case OPTIONS_ANSWERED -> Message.QUESTION_OPTIONS_ANSWERED;
            });
        }
        return errors.problem();
    }
}
