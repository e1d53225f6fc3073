package jp.innovationnet.portal.plugins.events.registration;

/** Someone registering anew who has an active registration for the event already (by e-mail address). */
public class AlreadyRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Registration existing;

    /** @param existing their active registration */
    public AlreadyRegisteredException(Registration existing) {
        super("already registered: " + existing.id());
        this.existing = existing;
    }

    /** @return their active registration */
    public Registration existing() {
        return existing;
    }
}
