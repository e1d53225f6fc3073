package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugins.coordinators.activity.ExchangeActivity;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequests;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpWording;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;

/**
 * The end of a help request: the secretariat approves or rejects a dispatch (its requester and helpers are told in
 * both languages); a dispatch approved is closed by the report of its requester or a helper accepted, from its last
 * day on; advice is closed by its requester with an optional note. Both close the request as fulfilled.
 */
final class ClosingRoutes {

    private static final Access SECRETARIAT = Access.anyRole("secretariat");

    /** @param reason why the dispatch is not approved */
    public record Rejection(@Size(max = 1000) @PlainText @NoMarkup String reason) {
    }

    /**
     * @param note    what happened
     * @param outcome what it achieved (an {@code Outcome} code); may be left out
     */
    public record Report(@NotBlank @Size(max = 2000) @PlainText @NoMarkup String note,
                         @CodeOf(Outcome.class) String outcome) {
    }

    /** @param note a short closing note; may be left out */
    public record Closing(@Size(max = 2000) @PlainText @NoMarkup String note) {
    }

    private final PluginContext context;
    private final HelpRequests requests;
    private final HelpRequestRoutes reading;
    private final Clock clock;

    ClosingRoutes(PluginContext context, HelpRequests requests, HelpRequestRoutes reading, Clock clock) {
        this.context = context;
        this.requests = requests;
        this.reading = reading;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.post("/help-requests/{id}/approve", SECRETARIAT, "Approve the dispatch of a visit or lecture",
                request -> decide(request, true));
        routes.post("/help-requests/{id}/reject", SECRETARIAT, "Reject the dispatch, with the reason",
                request -> decide(request, false));
        routes.post("/help-requests/{id}/report", ProfileRoutes.COORDINATORS,
                "Report on a dispatch from its last day on (its requester or a helper): the request is fulfilled",
                this::report);
        routes.post("/help-requests/{id}/close", ProfileRoutes.COORDINATORS,
                "Close a matched request for advice as fulfilled (its requester)", this::close);
    }

    private RouteResponse decide(RouteRequest request, boolean approved) {
        HelpRequest help = reading.find(request);
        String reason = null;
        if (!approved) {
            Rejection rejection = request.body(Rejection.class);
            reason = Texts.stripped(rejection.reason());
            if (reason == null) {
                throw FieldErrors.single(request.caller().locale(), "reason", CoordinatorsWording.REASON_NEEDED);
            }
        }
        String why = reason;
        HelpProblems.refused(request, help, () -> requests.decide(help, approved, why, request.caller().userId(),
                clock.instant()));
        List<String> told = new ArrayList<>(requests.helpers(request.entityManager(), help));
        told.add(0, help.requesterId());
        String title = help.content().title();
        Notifications.Message message = approved
                ? HelpWording.message(HelpWording.APPROVED_SUBJECT, HelpWording.APPROVED_BODY, title,
                        help.content().dispatch().from(), help.id())
                : HelpWording.message(HelpWording.REJECTED_SUBJECT, HelpWording.REJECTED_BODY, title, why, help.id());
        told.forEach(userId -> context.notifications().send(Notifications.Recipient.user(userId), message));
        context.audit().record(approved ? "dispatch.approved" : "dispatch.rejected", "help-request",
                String.valueOf(help.id()), approved ? Map.of() : Map.of("reason", why));
        return RouteResponse.ok(reading.view(request, help));
    }

    private RouteResponse report(RouteRequest request) {
        HelpRequest help = reading.find(request);
        Report report = request.body(Report.class);
        Outcome outcome = Coded.byCode(Outcome.values(), report.outcome()).orElse(null);
        HelpProblems.refused(request, help, () -> requests.fulfil(request.entityManager(), help,
                request.caller().userId(), true, Texts.stripped(report.note()), outcome, reading.today(),
                clock.instant()));
        new ExchangeActivity(context.activities()).fulfilled(help, requests.helpers(request.entityManager(), help),
                clock.instant());
        context.audit().record("dispatch.reported", "help-request", String.valueOf(help.id()),
                outcome == null ? Map.of() : Map.of("outcome", outcome.code()));
        return RouteResponse.ok(reading.view(request, help));
    }

    private RouteResponse close(RouteRequest request) {
        HelpRequest help = reading.find(request);
        String note = Texts.stripped(request.body(Closing.class).note());
        HelpProblems.refused(request, help, () -> requests.fulfil(request.entityManager(), help,
                request.caller().userId(), false, note, null, reading.today(), clock.instant()));
        new ExchangeActivity(context.activities()).fulfilled(help, requests.helpers(request.entityManager(), help),
                clock.instant());
        context.audit().record("help-request.fulfilled", "help-request", String.valueOf(help.id()), Map.of());
        return RouteResponse.ok(reading.view(request, help));
    }
}
