package jp.innovationnet.portal.plugins.events.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Viewer;
import jp.innovationnet.portal.plugins.events.notice.Notices;
import jp.innovationnet.portal.plugins.events.question.Questionnaire;
import jp.innovationnet.portal.plugins.events.registration.AlreadyRegisteredException;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;

/**
 * Registration without an account, for public events (audience public, published, registration open): the form
 * (with the portal's form token; the honeypot and the rate limit are checked on sending), and the registrant's own
 * registration, read and cancelled with its private token. A token that opens nothing is 404, like any guess.
 */
final class PublicRegistrationRoutes {

    /** The form's name for the portal's form protection. */
    static final String FORM = "registration";
    /** What a private token looks like; anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,43}");

    private final PluginContext context;
    private final EventViews views;
    private final Notices notices;

    /** @param context the plugin's context @param views writes events */
    PublicRegistrationRoutes(PluginContext context, EventViews views) {
        this.context = context;
        this.views = views;
        this.notices = new Notices(context);
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/events/{id}/registration-form", Access.PUBLIC,
                "The public registration form of a public event: {formToken, questions}", this::form);
        routes.post("/events/{id}/public-registrations", Access.PUBLIC,
                "Register without an account: {name, email, organization, language, answers, formToken, website}",
                this::registerPublic);
        routes.get("/registrations/{privateToken}", Access.PUBLIC,
                "A registration and its event, opened by its private token", this::own);
        routes.delete("/registrations/{privateToken}", Access.PUBLIC,
                "Cancel the registration a private token opens", this::cancelOwn);
        routes.get("/registrations/{privateToken}/qr.png", Access.PUBLIC,
                "The check-in QR code (PNG) of the registration a private token opens", this::ownQr);
    }

    private RouteResponse form(RouteRequest request) {
        Event event = publicEvent(request);
        Admissions.requireOpen(event, request.caller().locale());
        List<QuestionView> questions = new Questionnaire(request.entityManager()).asked(event.id()).stream()
                .map(q -> QuestionView.of(q, request.caller().locale())).toList();
        return RouteResponse.ok(new PublicRegistrationViews.Form(context.publicForms().issue(FORM), questions));
    }

    private RouteResponse registerPublic(RouteRequest request) {
        Locale locale = request.caller().locale();
        Event event = publicEvent(request);
        RegistrantInput input = request.body(RegistrantInput.class);
        context.publicForms().check(FORM, input.formToken(), input.website(), request);
        Map<String, String> answers = Admissions.answers(request, event, input.answers());
        Admissions.requireOpen(event, locale);
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration registration;
        try {
            registration = desk.registerNew(event.id(), input.registrant(false), answers, event.approvalRequired());
        } catch (AlreadyRegisteredException e) {
            String message = Message.ALREADY_REGISTERED.in(locale, e.existing().status().label(locale));
            throw new ProblemException(409, "Conflict", message, Map.of("email", message));
        }
        notices.after(event, desk);
        context.audit().record("event.registered", "event-registration", String.valueOf(registration.id()),
                Map.of("event", String.valueOf(event.id()), "status", registration.status().code(),
                        "form", "public"));
        RegistrationView view = RegistrationViews.of(registration, desk, locale);
        return RouteResponse.created(URI.create("/api/plugins/" + context.pluginId() + "/registrations/"
                        + registration.privateToken()),
                new PublicRegistrationViews.Created(view.status(), view.statusLabel(), view.waitingPosition(),
                        registration.privateToken()));
    }

    private RouteResponse own(RouteRequest request) {
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        return RouteResponse.ok(ownView(request, desk, opened(request, desk)));
    }

    private RouteResponse cancelOwn(RouteRequest request) {
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Registration before = opened(request, desk);
        Registration after = desk.cancelByToken(before.privateToken()).orElseThrow();
        notices.after(request.entityManager().find(Event.class, after.eventId()), desk);
        if (before.status().active()) {
            context.audit().record("event.registration.cancelled", "event-registration", String.valueOf(after.id()),
                    Map.of("event", String.valueOf(after.eventId()), "by", "private-token"));
        }
        return RouteResponse.ok(ownView(request, desk, after));
    }

    private RouteResponse ownQr(RouteRequest request) {
        return CheckInRoutes.qr(context, opened(request, new RegistrationDesk(request.entityManager())));
    }

    private PublicRegistrationViews.Own ownView(RouteRequest request, RegistrationDesk desk,
                                                Registration registration) {
        Locale locale = request.caller().locale();
        Event event = request.entityManager().find(Event.class, registration.eventId());
        return new PublicRegistrationViews.Own(RegistrationViews.of(registration, desk, locale),
                views.summary(event, desk.occupancy(List.of(event.id())).get(event.id()), Instant.now(), locale));
    }

    /** @return the registration the request's private token opens; 404 for any other text */
    private static Registration opened(RouteRequest request, RegistrationDesk desk) {
        String token = request.pathParam("privateToken");
        return Optional.of(token).filter(t -> TOKEN.matcher(t).matches()).flatMap(desk::byPrivateToken)
                .orElseThrow(() -> ProblemException.notFound("registration"));
    }

    /** @return the event named, if it is published for the public; 404 for any other */
    private static Event publicEvent(RouteRequest request) {
        Event event = EventLookup.visible(request, Viewer.anonymous());
        if (event.audience().kind() != AudienceKind.PUBLIC) {
            throw ProblemException.notFound("event " + event.id());
        }
        return event;
    }
}
