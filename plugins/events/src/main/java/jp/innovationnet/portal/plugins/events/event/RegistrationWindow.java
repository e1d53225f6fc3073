package jp.innovationnet.portal.plugins.events.event;

/** Whether an event takes registrations at a given moment, and why not. */
public enum RegistrationWindow {
    /** It does. */
    OPEN,
    /** It is not published (a draft, closed or cancelled). */
    NOT_PUBLISHED,
    /** Its registration has not opened yet. */
    NOT_YET_OPEN,
    /** Its registration has closed. */
    ENDED
}
