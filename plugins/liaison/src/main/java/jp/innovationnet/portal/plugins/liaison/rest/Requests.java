package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.Clock;
import java.time.LocalDate;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;

/** What the plugin's routes read from a request alike. */
final class Requests {

    private Requests() {
    }

    /** @param caller the caller @return the organization they act for (403 in their language without one) */
    static String organizationOf(Caller caller) {
        return caller.organizationId().orElseThrow(() ->
                ProblemException.forbidden(LiaisonWording.NO_ORGANIZATION.in(caller.locale())));
    }

    /** @param clock the time @return today in Japan */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), BusinessDays.ZONE);
    }
}
