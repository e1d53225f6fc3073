package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.events.activity.EventActivity;
import jp.innovationnet.portal.plugins.events.checkin.CheckInQr;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStateException;

/**
 * Checking in at the door (the event's organisers): by the code a registrant's QR code carries or by registration
 * id. Checking in twice answers the first check-in with {@code alreadyCheckedIn}; a code of another event is
 * unknown (404); only confirmed registrations check in (409).
 */
final class CheckInRoutes {

    private final PluginContext context;
    private final Viewers viewers;

    /** @param context the plugin's context */
    CheckInRoutes(PluginContext context) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.post("/events/{id}/check-ins", EventRoutes.ORGANISERS,
                "Check a registrant in: body {code} or {registrationId}", this::checkIn);
    }

    private RouteResponse checkIn(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        CheckInInput input = request.body(CheckInInput.class);
        RegistrationDesk desk = new RegistrationDesk(request.entityManager());
        Optional<String> code = Optional.ofNullable(input.code()).map(String::strip).filter(c -> !c.isEmpty());
        Optional<Registration> found;
        if (code.isPresent()) {
            found = desk.forCheckIn(event.id(), code.get());
        } else if (input.registrationId() != null) {
            found = desk.forCheckIn(event.id(), input.registrationId());
        } else {
            throw FieldErrors.single(caller.locale(), "code", Message.CODE_OR_REGISTRATION);
        }
        Registration registration = found.orElseThrow(() -> ProblemException.notFound("registration"));
        boolean already;
        try {
            already = registration.checkIn(Instant.now());
        } catch (RegistrationStateException e) {
            String message = Message.NOT_CONFIRMED.in(caller.locale(), e.status().label(caller.locale()));
            throw new ProblemException(409, "Conflict", message, Map.of("status", message));
        }
        request.entityManager().flush();
        if (!already) {
            new EventActivity(context.activities()).checkedIn(event, registration.registrant());
            context.audit().record("event.checked-in", "event-registration", String.valueOf(registration.id()),
                    Map.of("event", String.valueOf(event.id())));
        }
        return RouteResponse.ok(RegistrationViews.of(registration, null, caller.locale(), already));
    }

    /**
     * @param context      the plugin's context, which knows the portal's address
     * @param registration a registration
     * @return its check-in QR code as a PNG answer: the organisers' check-in screen with its code
     */
    static RouteResponse qr(PluginContext context, Registration registration) {
        byte[] png = context.qrCodes().png(context.portalUrl(CheckInQr.path(registration)).toString());
        return RouteResponse.content("image/png", png).withHeader("Cache-Control", "private, no-store");
    }
}
