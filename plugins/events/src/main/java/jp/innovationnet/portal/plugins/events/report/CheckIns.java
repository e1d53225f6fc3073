package jp.innovationnet.portal.plugins.events.report;

/**
 * The one place where the plugin's figures read whether a registrant was checked in at the door; the event report
 * and the network statistics both count with it.
 */
public final class CheckIns {

    /**
     * An SQL condition on a row of {@code events_registration} under the alias {@code r}: true when the registrant
     * was checked in.
     */
    public static final String CONDITION = "r.checked_in_at IS NOT NULL";

    /** The condition as a 0/1 value to sum, for SQL {@code SUM(...)}. */
    public static final String AS_COUNT = "CASE WHEN " + CONDITION + " THEN 1 ELSE 0 END";

    private CheckIns() {
    }
}
