package jp.innovationnet.portal.plugins.coordinators.helprequest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Where a help request stands: open for offers, matched (one or more offers accepted), and then closed: fulfilled
 * (with a report or a note), cancelled by its requester, or expired (its deadline passed with no offer accepted).
 */
public enum HelpStatus implements Coded {
    OPEN,
    MATCHED,
    FULFILLED,
    CANCELLED,
    EXPIRED;

    /** @return whether the request is closed */
    public boolean closed() {
        return this != OPEN && this != MATCHED;
    }
}
