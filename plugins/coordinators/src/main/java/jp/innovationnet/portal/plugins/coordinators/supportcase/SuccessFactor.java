package jp.innovationnet.portal.plugins.coordinators.supportcase;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The 15 Japanese cluster success factors a case may illustrate (formation, promotion and output factors). */
public enum SuccessFactor implements Coded {
    INTELLECTUAL_AGGLOMERATION,
    WORLD_CLASS_TECHNOLOGY,
    LOCAL_INDUSTRY,
    CORE_MID_SIZED_COMPANIES,
    CORE_VENTURES,
    ECONOMIC_CRISIS,
    LOCAL_GOVERNMENT_INITIATIVE,
    SUPPORT_INFRASTRUCTURE,
    REGIONAL_COLLABORATION,
    CORE_REGIONAL_LEADER,
    LARGE_COMPANY_COLLABORATION,
    OTHER_CLUSTERS,
    VENTURE_GROUPS,
    NATIONAL_ATTENTION,
    INFLOW_FROM_OTHER_REGIONS;
}
