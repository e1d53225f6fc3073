package jp.innovationnet.portal.plugins.inquiries;

/** What an inquiry is about; the secretariat's routing rules and canned replies are kept per topic. */
public enum Topic implements Coded {
    TECHNOLOGY,
    RD_FUNDING,
    STARTUP,
    OVERSEAS,
    IP_LICENSING,
    PARTNER_SEARCH,
    POLICY,
    OTHER
}
