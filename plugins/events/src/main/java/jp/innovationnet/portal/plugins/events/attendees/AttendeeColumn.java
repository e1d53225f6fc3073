package jp.innovationnet.portal.plugins.events.attendees;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The fixed columns of the attendee list, before one column per question; headed in the reader's language. */
public enum AttendeeColumn implements Coded {
    NAME,
    EMAIL,
    ORGANIZATION,
    LANGUAGE,
    STATUS,
    REGISTERED_AT,
    CHECKED_IN_AT
}
