package jp.innovationnet.portal.plugins.liaison.opportunity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * What an opportunity offers or seeks, as the Enterprise Europe Network's partnering opportunities: technology and
 * business offers and requests, a partner search for a named R&amp;D call, an investment or a location.
 */
public enum OpportunityKind implements Coded {
    TECHNOLOGY_OFFER,
    TECHNOLOGY_REQUEST,
    BUSINESS_OFFER,
    BUSINESS_REQUEST,
    RD_PARTNER_SEARCH,
    INVESTMENT;

    /**
     * @return the kind that answers this one, for suggested matches: an offer's request and a request's offer; a
     *     partner search and an investment answer their own kind
     */
    public OpportunityKind counterpart() {
        return switch (this) {
            case TECHNOLOGY_OFFER -> TECHNOLOGY_REQUEST;
            case TECHNOLOGY_REQUEST -> TECHNOLOGY_OFFER;
            case BUSINESS_OFFER -> BUSINESS_REQUEST;
            case BUSINESS_REQUEST -> BUSINESS_OFFER;
            case RD_PARTNER_SEARCH, INVESTMENT -> this;
        };
    }
}
