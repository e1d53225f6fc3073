package jp.innovationnet.portal.plugins.liaison.opportunity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The intellectual property behind an opportunity (closed list). */
public enum Ipr implements Coded {
    PATENT_GRANTED,
    PATENT_APPLIED,
    SECRET_KNOW_HOW,
    COPYRIGHT,
    DESIGN_OR_TRADE_MARK,
    NONE
}
