package jp.innovationnet.portal.plugins.events.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.notice.Notices;
import jp.innovationnet.portal.plugins.events.registration.NameSearch;
import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStateException;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * Routes of registrations: one click for a logged-in user (register with the answers to the event's questions,
 * see, check-in QR code, cancel, not attending), and for the event's organisers the list of registrations (searched
 * by name), registering someone without an account, cancelling one, and approving or declining pending ones.
 */
public final class RegistrationRoutes {

    private final PluginContext context;
    private final Viewers viewers;
    private final Notices notices;

    /** @param context the plugin's context */
    RegistrationRoutes(PluginContext context) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
        this.notices = new Notices(context);
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.post("/events/{id}/registration", Access.AUTHENTICATED,
                "Register the caller (one click; body {answers} when the event asks questions)", this::registerMe);
        routes.get("/events/{id}/registration", Access.AUTHENTICATED, "The caller's registration", this::mine);
        routes.get("/events/{id}/registration/qr.png", Access.AUTHENTICATED,
                "The caller's check-in QR code (PNG)", this::myQr);
        routes.delete("/events/{id}/registration", Access.AUTHENTICATED, "Cancel the caller's registration",
                r -> endMine(r, RegistrationStatus.CANCELLED));
        routes.post("/events/{id}/registration/not-attending", Access.AUTHENTICATED,
                "Tell the organisers the caller will not attend", r -> endMine(r, RegistrationStatus.NOT_ATTENDING));
        routes.get("/events/{id}/registrations", EventRoutes.ORGANISERS,
                "Registrations of an event, in order; ?q= part of a name", this::list);
        routes.post("/events/{id}/registrations", EventRoutes.ORGANISERS,
                "Register someone (a person without an account)", this::registerSomeone);
        routes.delete("/events/{id}/registrations/{registrationId}", EventRoutes.ORGANISERS,
                "Cancel a registration", this::cancelOne);
        routes.post("/events/{id}/registrations/{registrationId}/approve", EventRoutes.ORGANISERS,
                "Approve a pending registration: a seat, or the last place in the waiting list", r -> decide(r, true));
        routes.post("/events/{id}/registrations/{registrationId}/decline", EventRoutes.ORGANISERS,
                "Decline a pending registration", r -> decide(r, false));
    }

    private RouteResponse registerMe(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.visible(request, viewers.of(caller));
        Map<String, String> answers = Admissions.answers(request, event, Admissions.optionalBody(request,
                AnswersInput.class).map(AnswersInput::answers).orElse(null));
        return register(request, event, registrantOf(caller), answers, event.approvalRequired());
    }

    private RouteResponse registerSomeone(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        RegistrantInput input = request.body(RegistrantInput.class);
        Map<String, String> answers = Admissions.answers(request, event, input.answers());
        return register(request, event, input.registrant(true), answers, false);
    }

    private RouteResponse register(RouteRequest request, Event event, Registrant registrant,
                                   Map<String, String> answers, boolean approvalRequired) {
        Locale locale = request.caller().locale();
        Admissions.requireOpen(event, locale);
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration registration = desk.register(event.id(), registrant, answers, approvalRequired);
        notices.after(event, desk);
        context.audit().record("event.registered", "event-registration", String.valueOf(registration.id()),
                Map.of("event", String.valueOf(event.id()), "status", registration.status().code()));
        return RouteResponse.ok(RegistrationViews.of(registration, desk, locale));
    }

    private RouteResponse mine(RouteRequest request) {
        Caller caller = request.caller();
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        return RouteResponse.ok(RegistrationViews.of(latestOfCaller(request, desk), desk, caller.locale()));
    }

    private RouteResponse myQr(RouteRequest request) {
        Registration mine = latestOfCaller(request, new RegistrationDesk(request.entityManager()));
        return CheckInRoutes.qr(context, mine);
    }

    private Registration latestOfCaller(RouteRequest request, RegistrationDesk desk) {
        Caller caller = request.caller();
        Event event = EventLookup.visible(request, viewers.of(caller));
        return desk.latestOf(event.id(), caller.userId())
                .orElseThrow(() -> ProblemException.notFound("your registration for event " + event.id()));
    }

    private RouteResponse endMine(RouteRequest request, RegistrationStatus target) {
        Caller caller = request.caller();
        Event event = EventLookup.visible(request, viewers.of(caller));
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration ended = desk.endFor(event.id(), registrantOf(caller), target)
                .orElseThrow(() -> ProblemException.notFound("your registration for event " + event.id()));
        notices.after(event, desk);
        context.audit().record("event.registration." + target.code(), "event-registration",
                String.valueOf(ended.id()), Map.of("event", String.valueOf(event.id())));
        return RouteResponse.ok(RegistrationViews.of(ended, desk, caller.locale()));
    }

    private RouteResponse cancelOne(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        long id = PathId.of(request, "registrationId", "registration");
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration cancelled = desk.cancelById(event.id(), id)
                .orElseThrow(() -> ProblemException.notFound("registration " + id));
        notices.after(event, desk);
        context.audit().record("event.registration.cancelled", "event-registration", String.valueOf(id),
                Map.of("event", String.valueOf(event.id())));
        return RouteResponse.ok(RegistrationViews.of(cancelled, desk, caller.locale()));
    }

    private RouteResponse decide(RouteRequest request, boolean approve) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        long id = PathId.of(request, "registrationId", "registration");
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration decided;
        try {
            decided = desk.decide(event.id(), id, approve)
                    .orElseThrow(() -> ProblemException.notFound("registration " + id));
        } catch (RegistrationStateException e) {
            String message = Message.NOT_PENDING.in(caller.locale(), e.status().label(caller.locale()));
            throw new ProblemException(409, "Conflict", message, Map.of("status", message));
        }
        if (approve) {
            notices.after(event, desk);
        } else {
            notices.declined(event, decided);
        }
        context.audit().record(approve ? "event.registration.approved" : "event.registration.declined",
                "event-registration", String.valueOf(id),
                Map.of("event", String.valueOf(event.id()), "status", decided.status().code()));
        return RouteResponse.ok(RegistrationViews.of(decided, desk, caller.locale()));
    }

    private RouteResponse list(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        Predicate<Registration> named = request.queryParam("q").filter(q -> !q.isBlank())
                .<Predicate<Registration>>map(NameSearch::new).orElse(r -> true);
        List<RegistrationView> views = new ArrayList<>();
        long waiting = 0;
        for (Registration r : new RegistrationDesk(request.entityManager()).all(event.id())) {
            Long position = r.status() == RegistrationStatus.WAITING ? ++waiting : null;
            if (named.test(r)) {
                views.add(RegistrationViews.of(r, position, caller.locale(), null));
            }
        }
        return RouteResponse.ok(views);
    }

    /** A logged-in caller as a registrant: their account's name, address, language and organization. */
    private static Registrant registrantOf(Caller caller) {
        return new Registrant(Optional.of(caller.userId()), caller.displayName(),
                caller.email().orElse(caller.username()), caller.locale(), caller.organizationId());
    }
}
