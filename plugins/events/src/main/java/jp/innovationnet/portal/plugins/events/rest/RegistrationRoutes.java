package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.notice.Notices;
import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * Routes of registrations: one click for a logged-in user (register, see, cancel, not attending), and for the
 * event's organisers the list of registrations, registering someone without an account, and cancelling one.
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
        routes.post("/events/{id}/registration", Access.AUTHENTICATED, "Register the caller (one click)",
                this::registerMe);
        routes.get("/events/{id}/registration", Access.AUTHENTICATED, "The caller's registration", this::mine);
        routes.delete("/events/{id}/registration", Access.AUTHENTICATED, "Cancel the caller's registration",
                r -> endMine(r, RegistrationStatus.CANCELLED));
        routes.post("/events/{id}/registration/not-attending", Access.AUTHENTICATED,
                "Tell the organisers the caller will not attend", r -> endMine(r, RegistrationStatus.NOT_ATTENDING));
        routes.get("/events/{id}/registrations", EventRoutes.ORGANISERS, "Registrations of an event, in order",
                this::list);
        routes.post("/events/{id}/registrations", EventRoutes.ORGANISERS,
                "Register someone (a person without an account)", this::registerSomeone);
        routes.delete("/events/{id}/registrations/{registrationId}", EventRoutes.ORGANISERS,
                "Cancel a registration", this::cancelOne);
    }

    private RouteResponse registerMe(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.visible(request, viewers.of(caller));
        return register(request, event, registrantOf(caller));
    }

    private RouteResponse registerSomeone(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        RegistrantInput input = request.body(RegistrantInput.class);
        FieldErrors errors = new FieldErrors(caller.locale());
        String name = input.name() == null ? "" : input.name().strip();
        String email = input.email() == null ? "" : input.email().strip();
        if (name.isEmpty()) {
            errors.add("name", Message.REQUIRED);
        } else if (name.length() > 200) {
            errors.add("name", Message.TOO_LONG, 200);
        }
        if (!FieldErrors.isEmail(email)) {
            errors.add("email", Message.NOT_AN_EMAIL);
        }
        String language = input.language() == null ? "ja" : input.language().strip();
        if (!List.of("ja", "en").contains(language)) {
            errors.add("language", Message.ONE_OF, "ja, en");
        }
        errors.throwIfAny();
        return register(request, event, new Registrant(Optional.empty(), name, email, Locale.forLanguageTag(language),
                Optional.ofNullable(input.organizationId()).filter(o -> !o.isBlank())));
    }

    private RouteResponse register(RouteRequest request, Event event, Registrant registrant) {
        Locale locale = request.caller().locale();
        switch (event.registrationWindow(Instant.now())) {
            case OPEN -> { }
            case NOT_PUBLISHED -> throw new ProblemException(409, "Conflict",
                    Message.NOT_PUBLISHED.in(locale, event.status().label(locale)),
                    Map.of("status", Message.NOT_PUBLISHED.in(locale, event.status().label(locale))));
            case NOT_YET_OPEN -> throw FieldErrors.single(locale, "registrationOpens", Message.REGISTRATION_NOT_OPEN,
                    event.registrationOpensAt().orElseThrow());
            case ENDED -> throw FieldErrors.single(locale, "registrationCloses", Message.REGISTRATION_CLOSED,
                    event.registrationClosesAt());
        }
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration registration = desk.register(event.id(), registrant);
        notices.after(event, desk);
        context.audit().record("event.registered", "event-registration", String.valueOf(registration.id()),
                Map.of("event", String.valueOf(event.id()), "status", registration.status().code()));
        return RouteResponse.ok(view(registration, desk, locale));
    }

    private RouteResponse mine(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.visible(request, viewers.of(caller));
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        return desk.latestOf(event.id(), caller.userId())
                .map(r -> RouteResponse.ok(view(r, desk, caller.locale())))
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
        return RouteResponse.ok(view(ended, desk, caller.locale()));
    }

    private RouteResponse cancelOne(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        long id = EventLookup.idOf(request, "registrationId");
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration cancelled = desk.cancelById(event.id(), id)
                .orElseThrow(() -> ProblemException.notFound("registration " + id));
        notices.after(event, desk);
        context.audit().record("event.registration.cancelled", "event-registration", String.valueOf(id),
                Map.of("event", String.valueOf(event.id())));
        return RouteResponse.ok(view(cancelled, desk, caller.locale()));
    }

    private RouteResponse list(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        List<RegistrationView> views = new ArrayList<>();
        long waiting = 0;
        for (Registration r : new RegistrationDesk(request.entityManager()).all(event.id())) {
            Long position = r.status() == RegistrationStatus.WAITING ? ++waiting : null;
            views.add(view(r, position, caller.locale()));
        }
        return RouteResponse.ok(views);
    }

    /** A logged-in caller as a registrant: their account's name, address, language and organization. */
    private static Registrant registrantOf(Caller caller) {
        return new Registrant(Optional.of(caller.userId()), caller.displayName(),
                caller.email().orElse(caller.username()), caller.locale(), caller.organizationId());
    }

    private static RegistrationView view(Registration registration, RegistrationDesk desk, Locale locale) {
        return view(registration, registration.status() == RegistrationStatus.WAITING
                ? desk.waitingPosition(registration) : null, locale);
    }

    private static RegistrationView view(Registration r, Long waitingPosition, Locale locale) {
        Registrant who = r.registrant();
        return new RegistrationView(r.id(), r.eventId(), r.status().code(), r.status().label(locale),
                waitingPosition, who.userId().orElse(null), who.name(), who.email(), who.language().getLanguage(),
                who.organizationId().orElse(null), r.createdAt().toString(), r.changedAt().toString(),
                r.remindedAt().map(Instant::toString).orElse(null));
    }
}
