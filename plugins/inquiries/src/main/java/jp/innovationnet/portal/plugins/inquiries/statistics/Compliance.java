package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.util.Optional;

/**
 * One service-level target over the inquiries that have it.
 *
 * @param met     done by the due time
 * @param missed  done after the due time
 * @param overdue not done, and the due time has passed
 * @param pending not done, still within the due time
 */
public record Compliance(long met, long missed, long overdue, long pending) {

    /** @return the share of the judged inquiries (met, missed or overdue) that met it, in percent; empty without any */
    public Optional<Double> metPercent() {
        long judged = met + missed + overdue;
        return judged == 0 ? Optional.empty() : Optional.of(100.0 * met / judged);
    }
}
