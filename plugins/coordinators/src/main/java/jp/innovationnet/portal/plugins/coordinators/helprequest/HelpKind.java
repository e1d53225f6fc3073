package jp.innovationnet.portal.plugins.coordinators.helprequest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What a help request asks for: advice from afar, or a coordinator dispatched (派遣) for a visit or a lecture. */
public enum HelpKind implements Coded {
    ADVICE,
    VISIT,
    LECTURE;

    /** @return whether a helper travels: the request carries a dispatch that the secretariat approves */
    public boolean dispatches() {
        return this != ADVICE;
    }
}
