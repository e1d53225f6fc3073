package jp.innovationnet.portal.plugins.events.registration;

import jp.innovationnet.portal.plugins.events.Coded;

/** Where a registration stands. */
public enum RegistrationStatus implements Coded {
    CONFIRMED,
    WAITING,
    CANCELLED,
    NOT_ATTENDING;

    /** @return whether the registration holds a seat or a place in the queue */
    public boolean active() {
        return this == CONFIRMED || this == WAITING;
    }
}
