package jp.innovationnet.portal.plugins.events.registration;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Where a registration stands. */
public enum RegistrationStatus implements Coded {
    /** Awaits the organisers' approval; holds no seat. */
    PENDING,
    CONFIRMED,
    WAITING,
    /** The organisers declined it. */
    DECLINED,
    CANCELLED,
    NOT_ATTENDING;

    /** @return whether the registration holds a seat, a place in the queue, or awaits approval */
    public boolean active() {
        return this == PENDING || this == CONFIRMED || this == WAITING;
    }
}
