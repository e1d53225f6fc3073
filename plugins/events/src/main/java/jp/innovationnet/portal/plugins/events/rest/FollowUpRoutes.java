package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.followup.FollowUp;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;
import jp.innovationnet.portal.plugins.events.followup.FollowUpWindow;
import jp.innovationnet.portal.plugins.events.followup.FollowUps;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * Routes of the follow-up form: a logged-in participant's by the event's id, a participant without an account's
 * by the token of their invitation. Only confirmed registrants of an event that took place answer, from its end
 * until {@link FollowUpWindow#EDITABLE} after; before the end (or for a cancelled event) the form answers 409.
 */
final class FollowUpRoutes {

    private final PluginContext context;
    private final Viewers viewers;

    /** @param context the plugin's context */
    FollowUpRoutes(PluginContext context) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/events/{id}/follow-up", Access.AUTHENTICATED, "The caller's follow-up form for an event",
                r -> show(r, mine(r)));
        routes.put("/events/{id}/follow-up", Access.AUTHENTICATED, "Answer (or change) the caller's follow-up form",
                r -> answer(r, mine(r)));
        routes.get("/follow-ups/{token}", Access.PUBLIC, "A follow-up form by the token of its invitation",
                r -> show(r, byToken(r)));
        routes.put("/follow-ups/{token}", Access.PUBLIC, "Answer (or change) a follow-up form by its token",
                r -> answer(r, byToken(r)));
    }

    /** Whose form: the event, the registration, and its form if it was made. */
    private record Participation(Event event, Registration registration, Optional<FollowUp> followUp) {
    }

    private Participation mine(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.visible(request, viewers.of(caller));
        Registration registration = new RegistrationDesk(request.entityManager()).latestOf(event.id(), caller.userId())
                .orElseThrow(() -> ProblemException.notFound("your registration for event " + event.id()));
        return new Participation(event, registration, new FollowUps(request.entityManager()).of(registration.id()));
    }

    private static Participation byToken(RouteRequest request) {
        EntityManager em = request.entityManager();
        FollowUp followUp = new FollowUps(em).byToken(request.pathParam("token"))
                .orElseThrow(() -> ProblemException.notFound("follow-up form"));
        return new Participation(em.find(Event.class, followUp.eventId()),
                em.find(Registration.class, followUp.registrationId()), Optional.of(followUp));
    }

    private static RouteResponse show(RouteRequest request, Participation participation) {
        FollowUpWindow window = checked(participation, Instant.now(), request.caller().locale());
        return RouteResponse.ok(view(participation.event(), participation.followUp(), window));
    }

    private RouteResponse answer(RouteRequest request, Participation participation) {
        Locale locale = request.caller().locale();
        Instant now = Instant.now();
        Event event = participation.event();
        if (checked(participation, now, locale) == FollowUpWindow.CLOSED) {
            throw conflict("event", Message.FOLLOW_UP_CLOSED.in(locale, FollowUpWindow.closesAt(event)));
        }
        FollowUpAnswers answers = request.body(FollowUpInput.class).answers();
        FollowUp followUp = new FollowUps(request.entityManager()).openFor(participation.registration(), now);
        followUp.answer(answers, now);
        request.entityManager().flush();
        context.audit().record("event.follow-up.answered", "event-registration",
                String.valueOf(participation.registration().id()), Map.of("event", String.valueOf(event.id())));
        return RouteResponse.ok(view(event, Optional.of(followUp), FollowUpWindow.OPEN));
    }

    /**
     * @return where the form stands, if the event took place, has ended and the registrant was confirmed
     * @throws ProblemException 409 otherwise
     */
    private static FollowUpWindow checked(Participation participation, Instant now, Locale locale) {
        Event event = participation.event();
        FollowUpWindow window = FollowUpWindow.of(event, now);
        switch (window) {
            case NOT_HELD -> throw conflict("event",
                    Message.FOLLOW_UP_NOT_HELD.in(locale, event.status().label(locale)));
            case NOT_YET -> throw conflict("event", Message.FOLLOW_UP_NOT_YET.in(locale, event.endsAt()));
            case OPEN, CLOSED -> { }
        }
        RegistrationStatus status = participation.registration().status();
        if (status != RegistrationStatus.CONFIRMED) {
            throw conflict("registration", Message.FOLLOW_UP_NOT_CONFIRMED.in(locale, status.label(locale)));
        }
        return window;
    }

    private static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "Conflict", message, Map.of(field, message));
    }

    private static FollowUpView view(Event event, Optional<FollowUp> followUp, FollowUpWindow window) {
        Optional<FollowUpAnswers> answers = followUp.flatMap(FollowUp::answers);
        return new FollowUpView(new FollowUpView.EventRef(event.id(), event.title()), answers.isPresent(),
                answers.map(FollowUpAnswers::satisfaction).orElse(null),
                answers.map(FollowUpAnswers::newContacts).orElse(null),
                answers.map(FollowUpAnswers::followUpWanted).orElse(null),
                answers.flatMap(FollowUpAnswers::followUpWith).orElse(null),
                answers.flatMap(FollowUpAnswers::comment).orElse(null),
                window == FollowUpWindow.OPEN, FollowUpWindow.closesAt(event).toString());
    }
}
