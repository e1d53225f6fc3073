package jp.innovationnet.portal.plugins.inquiries.statistics;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** A figure of the period, of a time ({@link Durations}) or of a target ({@link Compliance}). */
public enum Measure implements Coded {
    FROM, TO, TOTAL,
    /** Inquiries measured. */
    COUNT, MEDIAN_HOURS, P90_HOURS, MEDIAN_BUSINESS_DAYS, P90_BUSINESS_DAYS,
    MET, MISSED, OVERDUE, PENDING, MET_PERCENT
}
