package jp.innovationnet.portal.plugins.events.report;

/**
 * The one place where the plugin's figures read whether a registrant was checked in at the door; the event report
 * and the network statistics both count with it.
 */
public final class CheckIns {

    /**
     * An SQL condition on a row of {@code events_registration} under the alias {@code r}: true when the registrant
     * was checked in.
     * <p>
     * <strong>Pending the registration desk's migration:</strong> check-ins are recorded in
     * {@code events_registration.checked_in_at}, which the desk's migration V2 (branch events-desk) adds. This
     * branch does not have that column yet, so nobody counts as checked in here. Once V2 is merged, this must
     * become {@code "r.checked_in_at IS NOT NULL"} (the integration test EventsFollowUpIT then needs check-ins in
     * its seeded set).
     */
    public static final String CONDITION = "1 = 0";

    /** The condition as a 0/1 value to sum, for SQL {@code SUM(...)}. */
    public static final String AS_COUNT = "CASE WHEN " + CONDITION + " THEN 1 ELSE 0 END";

    private CheckIns() {
    }
}
