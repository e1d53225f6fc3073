package jp.innovationnet.portal.plugin.api.kit;

/**
 * A kind of support members give: the core's reference list ({@code GET /api/public/reference},
 * {@code services}), since contract 1.4.
 */
public enum SupportService implements Coded {
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
