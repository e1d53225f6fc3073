package jp.innovationnet.portal.plugins.events.event;

/** An event cannot do what was asked in its present status (publish a cancelled event, edit a closed one...). */
public class EventStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EventStatus status;

    /**
     * @param status the event's status
     * @param action what was asked, e.g. {@code publish}
     */
    public EventStateException(EventStatus status, String action) {
        super("an event that is " + status.code() + " cannot " + action);
        this.status = status;
    }

    /** @return the event's status */
    public EventStatus status() {
        return status;
    }
}
