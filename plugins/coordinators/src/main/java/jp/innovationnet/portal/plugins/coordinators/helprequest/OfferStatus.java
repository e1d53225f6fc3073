package jp.innovationnet.portal.plugins.coordinators.helprequest;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** An offer of help: made, withdrawn by its helper (only before it is accepted), or accepted by the requester. */
public enum OfferStatus implements Coded {
    OFFERED,
    WITHDRAWN,
    ACCEPTED
}
