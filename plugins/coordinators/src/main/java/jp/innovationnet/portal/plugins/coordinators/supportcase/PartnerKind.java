package jp.innovationnet.portal.plugins.coordinators.supportcase;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Who took part in a case beside the coordinator. */
public enum PartnerKind implements Coded {
    MEMBER,
    UNIVERSITY,
    TLO,
    PUBLIC_LAB,
    LENDER,
    COMPANY,
    AGENCY,
    OTHER;
}
