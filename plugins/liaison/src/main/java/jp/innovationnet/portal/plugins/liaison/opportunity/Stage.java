package jp.innovationnet.portal.plugins.liaison.opportunity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** How far the technology or product has come (closed list). */
public enum Stage implements Coded {
    CONCEPT,
    UNDER_DEVELOPMENT,
    PROTOTYPE,
    FIELD_TESTED,
    ON_THE_MARKET
}
