package jp.innovationnet.portal.plugin.api.kit;

/** What the kit says about input every plugin takes: its own catalogue, so no plugin repeats these texts. */
public enum KitWording implements Wording {
    /** A required field is missing or blank. */
    REQUIRED,
    /** {0}: the most characters. */
    TOO_LONG,
    /** {0}: the codes allowed, comma-separated. */
    ONE_OF,
    /** Control characters other than newline and tab. */
    CONTROL_CHARACTERS,
    /** Not an e-mail address. */
    NOT_AN_EMAIL,
    /** Not an http(s) address. */
    NOT_A_WEB_ADDRESS,
    /** Not a whole number. */
    NOT_A_NUMBER,
    /** {0}, {1}: the smallest and the largest value. */
    OUT_OF_RANGE,
    /** Not a date as YYYY-MM-DD. */
    NOT_A_DATE,
    /** Not a date and time such as 2026-12-10T13:30. */
    NOT_A_TIME,
    /** A list needs at least one element. */
    LIST_NEEDED,
    /** {0}: the most elements. */
    TOO_MANY,
    /** The end of a period is before its start. */
    TO_BEFORE_FROM,
    /** {0}: the most years a period may span. */
    RANGE_TOO_LONG,
    /** {0}: the most days a period may span. */
    TOO_MANY_DAYS,
    /** {0}, {1}: the first and the last day allowed. */
    DATE_OUT_OF_RANGE,
    /** The object changed since the caller read it. */
    STALE,
    /** A field of a body has a value of the wrong kind (text for a number, an object for a text...). */
    WRONG_TYPE,
    /** A body is not JSON, or not of the shape the route takes. */
    MALFORMED_BODY,
    /** A route needs a body and got none. */
    BODY_NEEDED
}
