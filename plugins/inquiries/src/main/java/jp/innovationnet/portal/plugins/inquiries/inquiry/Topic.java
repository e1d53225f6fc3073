package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What an inquiry is about; decides, with the region, where the secretariat routes it. */
public enum Topic implements Coded {
    TECHNOLOGY, RD_FUNDING, STARTUP, OVERSEAS, IP_LICENSING, PARTNER_SEARCH, POLICY, OTHER
}
