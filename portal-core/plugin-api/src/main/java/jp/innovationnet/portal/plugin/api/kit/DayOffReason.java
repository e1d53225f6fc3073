package jp.innovationnet.portal.plugin.api.kit;

/** Why a day is not a business day ({@link BusinessDays}). */
public enum DayOffReason implements Coded {
    /** Saturday or Sunday (a holiday on a weekend is still given as the holiday). */
    WEEKEND,
    /** A national holiday, substitute holidays and citizens' holidays included. */
    HOLIDAY,
    /** The year-end break, December 29 to January 3 (January 1 is given as the holiday). */
    YEAR_END
}
