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
    INVESTMENT
}
