package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.util.Optional;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

/** What an inquiry is about; decides, with the region, where the secretariat routes it. */
public enum Topic implements Coded {
    TECHNOLOGY, RD_FUNDING, STARTUP, OVERSEAS, IP_LICENSING, PARTNER_SEARCH, POLICY, OTHER;

    /** @return the member service that answers inquiries on it, in the portal's list; none for policy and other */
    public Optional<SupportService> service() {
        return Optional.ofNullable(switch (this) {
            case TECHNOLOGY -> SupportService.TECHNOLOGY_TRANSFER;
            case RD_FUNDING -> SupportService.RD_FUNDING;
            case STARTUP -> SupportService.STARTUP_SUPPORT;
            case OVERSEAS -> SupportService.OVERSEAS_EXPANSION;
            case IP_LICENSING -> SupportService.IP_LICENSING;
            case PARTNER_SEARCH -> SupportService.BUSINESS_MATCHING;
            case POLICY, OTHER -> null;
        });
    }
}
