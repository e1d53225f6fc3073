package jp.innovationnet.portal.plugins.coordinators.capacity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The qualifications coordinators of the network hold; labelled in {@code labels_*.properties}. */
public enum CertificateKind implements Coded {
    /** インキュベーション・マネージャー: the incubation-manager training (JILC, the network's steering agency). */
    INCUBATION_MANAGER,
    /** A coordinator training of the network or a ministry programme completed. */
    COORDINATOR_TRAINING,
    /** 中小企業診断士: the national SME consultant qualification. */
    SME_CONSULTANT,
    /** 知的財産管理技能士 or a patent attorney (弁理士). */
    INTELLECTUAL_PROPERTY,
    /** A technology-transfer qualification, e.g. RTTP. */
    TECHNOLOGY_TRANSFER,
    /** Anything else. */
    OTHER
}
