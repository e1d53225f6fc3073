package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRefusal;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;

/**
 * A refused step on a help request as a problem in the caller's language: 403 when the caller's part does not allow
 * it, 409 naming {@code status} (or the offer, the dispatch's last day) when where the request stands does not, 422
 * naming {@code offerId} for an offer that is not on offer on the request.
 */
final class HelpProblems {

    private HelpProblems() {
    }

    /**
     * Runs a step.
     *
     * @param request the route's request
     * @param help    the help request the step is on
     * @param step    the step
     * @param <T>     what it answers
     * @return what it answers
     */
    static <T> T refused(RouteRequest request, HelpRequest help, Supplier<T> step) {
        try {
            return step.get();
        } catch (HelpRefusal refusal) {
            throw problem(request.caller().locale(), refusal.reason(), help);
        }
    }

    /** Runs a step that answers nothing; see {@link #refused(RouteRequest, HelpRequest, Supplier)}. */
    static void refused(RouteRequest request, HelpRequest help, Runnable step) {
        refused(request, help, () -> {
            step.run();
            return null;
        });
    }

    private static ProblemException problem(Locale locale, HelpRefusal.Reason reason, HelpRequest help) {
        return switch (reason) {
            case NOT_REQUESTER -> forbidden(CoordinatorsWording.NOT_REQUESTER, locale);
            case OWN_REQUEST -> forbidden(CoordinatorsWording.OWN_REQUEST, locale);
            case NOT_PARTICIPANT -> forbidden(CoordinatorsWording.NOT_PARTICIPANT, locale);
            case NOT_HELPER -> forbidden(CoordinatorsWording.NOT_HELPER, locale);
            case NOT_ON_OFFER -> FieldErrors.single(locale, "offerId", CoordinatorsWording.NOT_ON_OFFER);
            case NOT_OPEN -> conflict("status", CoordinatorsWording.REQUEST_CLOSED.in(locale));
            case ALREADY_OFFERED -> conflict("offer", CoordinatorsWording.ALREADY_OFFERED.in(locale));
            case NOT_MATCHED -> conflict("status", CoordinatorsWording.NOT_MATCHED.in(locale));
            case WRONG_KIND -> conflict("kind", CoordinatorsWording.WRONG_KIND.in(locale));
            case NOT_PENDING -> conflict("approval", CoordinatorsWording.NOT_PENDING.in(locale));
            case NOT_APPROVED -> conflict("approval", CoordinatorsWording.NOT_APPROVED.in(locale));
            case BEFORE_LAST_DAY -> conflict("dispatch.to",
                    CoordinatorsWording.BEFORE_LAST_DAY.in(locale, help.content().dispatch().to()));
        };
    }

    private static ProblemException forbidden(CoordinatorsWording wording, Locale locale) {
        return ProblemException.forbidden(wording.in(locale));
    }

    private static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "Conflict", message, Map.of(field, message));
    }
}
