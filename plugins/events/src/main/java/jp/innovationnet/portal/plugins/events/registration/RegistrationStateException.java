package jp.innovationnet.portal.plugins.events.registration;

/** An action a registration's status does not allow (approving one that is not pending, checking in one not confirmed). */
public class RegistrationStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RegistrationStatus status;

    /** @param status the registration's status */
    public RegistrationStateException(RegistrationStatus status) {
        super("the registration is " + status.code());
        this.status = status;
    }

    /** @return the registration's status */
    public RegistrationStatus status() {
        return status;
    }
}
