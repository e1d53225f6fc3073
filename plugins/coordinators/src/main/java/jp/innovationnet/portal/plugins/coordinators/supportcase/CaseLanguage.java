package jp.innovationnet.portal.plugins.coordinators.supportcase;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The language a case is written in (a public case is written in English). */
public enum CaseLanguage implements Coded {
    JA,
    EN;
}
