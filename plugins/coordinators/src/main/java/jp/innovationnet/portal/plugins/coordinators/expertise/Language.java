package jp.innovationnet.portal.plugins.coordinators.expertise;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** A language a coordinator works in. */
public enum Language implements Coded {
    JA,
    EN,
    ZH,
    KO,
    DE,
    FR,
    ES,
    OTHER;
}
