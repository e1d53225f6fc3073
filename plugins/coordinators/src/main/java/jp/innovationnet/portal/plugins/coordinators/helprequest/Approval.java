package jp.innovationnet.portal.plugins.coordinators.helprequest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The secretariat's decision on a dispatch, asked for once an offer is accepted. */
public enum Approval implements Coded {
    PENDING,
    APPROVED,
    REJECTED
}
