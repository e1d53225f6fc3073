package jp.innovationnet.portal.membership.organization;

/** A kind of support an organization offers to companies and to other members. */
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
