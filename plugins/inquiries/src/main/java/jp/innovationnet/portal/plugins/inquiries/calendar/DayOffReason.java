package jp.innovationnet.portal.plugins.inquiries.calendar;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Why a day is not a business day. */
public enum DayOffReason implements Coded {
    /** Saturday or Sunday (a holiday on a weekend is still given as the holiday). */
    WEEKEND,
    /** A national holiday, substitute holidays and citizens' holidays included. */
    HOLIDAY,
    /** The year-end break, December 29 to January 3 (January 1 is given as the holiday). */
    YEAR_END
}
