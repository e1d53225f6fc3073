package jp.innovationnet.portal.plugins.coordinators.supportcase;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The supported company's size, the band it is anonymised to (by employees, as the SME Basic Act counts). */
public enum CompanySize implements Coded {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;
}
