package jp.innovationnet.portal.plugins.coordinators.expertise;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * A kind of support, with the codes of the core's list of members' support services
 * ({@code GET /api/public/reference}, {@code services}).
 */
public enum Service implements Coded {
    TECHNOLOGY_TRANSFER,
    RD_FUNDING,
    STARTUP_SUPPORT,
    INCUBATION,
    SME_SUPPORT,
    BUSINESS_MATCHING,
    INDUSTRY_ACADEMIA,
    IP_LICENSING,
    FINANCING,
    OVERSEAS_EXPANSION,
    HUMAN_RESOURCES,
    CONSULTING;
}
