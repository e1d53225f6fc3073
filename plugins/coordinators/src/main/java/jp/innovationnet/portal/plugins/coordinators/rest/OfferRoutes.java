package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequests;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpWording;
import jp.innovationnet.portal.plugins.coordinators.helprequest.Offer;

/**
 * Offers of help: made by a coordinator other than the requester (403 on one's own request, 409 naming {@code offer}
 * for a second offer), withdrawn by their helper while not accepted, accepted by the requester only (403 for anyone
 * else; 422 naming {@code offerId} for an offer not on offer on the request). An acceptance tells the helper, and for
 * a visit or lecture asks the secretariat's approval.
 */
final class OfferRoutes {

    /** @param message what the helper offers, plain text */
    public record OfferInput(@NotBlank @Size(max = 4000) @PlainText @NoMarkup String message) {
    }

    /** @param offerId the offer accepted, one of the request's */
    public record Acceptance(@NotNull Long offerId) {
    }

    private final PluginContext context;
    private final HelpRequests requests;
    private final HelpRequestRoutes reading;
    private final Clock clock;

    OfferRoutes(PluginContext context, HelpRequests requests, HelpRequestRoutes reading, Clock clock) {
        this.context = context;
        this.requests = requests;
        this.reading = reading;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.post("/help-requests/{id}/offers", ProfileRoutes.COORDINATORS, "Offer help (once per request)",
                this::offer);
        routes.post("/offers/{id}/withdraw", ProfileRoutes.COORDINATORS, "Withdraw one's offer before it is accepted",
                this::withdraw);
        routes.post("/help-requests/{id}/accept", ProfileRoutes.COORDINATORS,
                "Accept an offer (the requester; one or more)", this::accept);
    }

    private RouteResponse offer(RouteRequest request) {
        HelpRequest help = reading.find(request);
        Caller caller = request.caller();
        String message = Texts.stripped(request.body(OfferInput.class).message());
        Offer offer = HelpProblems.refused(request, help, () -> requests.offer(request.entityManager(), help,
                new Offer(help.id(), caller.userId(), caller.displayName(), message, clock.instant()),
                clock.instant()));
        context.notifications().send(Notifications.Recipient.user(help.requesterId()), HelpWording.message(
                HelpWording.OFFERED_SUBJECT, HelpWording.OFFERED_BODY, help.content().title(), caller.displayName(),
                help.id()));
        context.audit().record("help-offer.made", "help-offer", String.valueOf(offer.id()),
                Map.of("request", String.valueOf(help.id())));
        return RouteResponse.created(URI.create("../help-requests/" + help.id()), reading.view(request, help));
    }

    private RouteResponse withdraw(RouteRequest request) {
        long id = PathId.of(request, "id", "offer");
        Offer offer = requests.findOffer(request.entityManager(), id)
                .orElseThrow(() -> ProblemException.notFound("offer " + id));
        HelpRequest help = requests.find(request.entityManager(), offer.requestId()).orElseThrow();
        HelpProblems.refused(request, help, () -> requests.withdraw(offer, request.caller().userId()));
        context.audit().record("help-offer.withdrawn", "help-offer", String.valueOf(id),
                Map.of("request", String.valueOf(help.id())));
        return RouteResponse.ok(reading.view(request, help));
    }

    private RouteResponse accept(RouteRequest request) {
        HelpRequest help = reading.find(request);
        Caller caller = request.caller();
        long offerId = request.body(Acceptance.class).offerId();
        Offer offer = requests.findOffer(request.entityManager(), offerId).orElseThrow(() -> FieldErrors.single(
                caller.locale(), "offerId", CoordinatorsWording.NOT_ON_OFFER));
        HelpProblems.refused(request, help, () -> requests.accept(help, offer, caller.userId(), clock.instant()));
        String title = help.content().title();
        context.notifications().send(Notifications.Recipient.user(offer.helperId()), HelpWording.message(
                HelpWording.ACCEPTED_SUBJECT, HelpWording.ACCEPTED_BODY, title, caller.displayName(), help.id()));
        if (help.kind().dispatches()) {
            context.notifications().send(Notifications.Recipient.role("secretariat"), HelpWording.message(
                    HelpWording.APPROVAL_SUBJECT, HelpWording.APPROVAL_BODY, title,
                    help.content().dispatch().from(), help.id()));
        }
        context.audit().record("help-offer.accepted", "help-offer", String.valueOf(offerId),
                Map.of("request", String.valueOf(help.id())));
        return RouteResponse.ok(reading.view(request, help));
    }
}
