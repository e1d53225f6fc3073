package jp.innovationnet.portal.plugins.coordinators.figures;

import java.time.LocalDate;
import java.util.Map;

/**
 * The coordinators' exchange in figures for a period of days in Japan, both included. The requests' figures are of
 * the requests posted in the period (where they stand now); the others count what happened in it.
 *
 * @param from                           the first day
 * @param to                             the last day
 * @param requestsPosted                 help requests posted
 * @param byRegion                       of those, how many per region code (regions without any left out)
 * @param byField                        of those, how many name each field code (a request may name several)
 * @param withOffer                      of those, how many had an offer
 * @param medianHoursToFirstOffer        the median time from posting to the first offer, in hours (one decimal);
 *                                       null when none had an offer
 * @param medianBusinessDaysToFirstOffer the same in Japanese business days (days of the first offer after the day
 *                                       of posting); null when none had an offer
 * @param open                           of those, how many are open or matched now
 * @param fulfilled                      of those, how many are fulfilled
 * @param expired                        of those, how many expired
 * @param cancelled                      of those, how many were cancelled
 * @param dispatchesApproved             dispatches the secretariat approved in the period
 * @param casesPublished                 support cases published in the period
 * @param answersAccepted                answers accepted in the period
 */
public record Figures(LocalDate from, LocalDate to, long requestsPosted, Map<String, Long> byRegion,
                      Map<String, Long> byField, long withOffer, Double medianHoursToFirstOffer,
                      Double medianBusinessDaysToFirstOffer, long open, long fulfilled, long expired, long cancelled,
                      long dispatchesApproved, long casesPublished, long answersAccepted) {

    /** Copies the maps. */
    public Figures {
        byRegion = Map.copyOf(byRegion);
        byField = Map.copyOf(byField);
    }
}
