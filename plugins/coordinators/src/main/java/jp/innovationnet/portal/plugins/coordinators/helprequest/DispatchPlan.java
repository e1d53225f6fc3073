package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.LocalDate;

/**
 * The plan of a visit or lecture (派遣), checked.
 *
 * @param from             its first day
 * @param to               its last day, not before the first
 * @param hostOrganization the member organization that hosts it (an id of the directory)
 * @param venue            where; null when not yet known
 * @param costSharing      who bears travel and fees, as agreed; null when not said
 * @param eventPath        the portal path of the events plugin's event where the coordinator speaks
 *                         ({@code /p/events/events?id=N}); null for none
 */
public record DispatchPlan(LocalDate from, LocalDate to, String hostOrganization, String venue, String costSharing,
                           String eventPath) {

    /** The shape of an event's path in the portal; the events plugin's tables are never read. */
    public static final String EVENT_PATH = "/p/events/events\\?id=[1-9][0-9]{0,18}";
}
