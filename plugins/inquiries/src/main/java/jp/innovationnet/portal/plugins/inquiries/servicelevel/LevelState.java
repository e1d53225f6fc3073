package jp.innovationnet.portal.plugins.inquiries.servicelevel;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Where a case stands against one target. */
public enum LevelState implements Coded {
    /** Not done, and not yet within the warning before the due time. */
    ON_TIME,
    /** Not done, within the warning before the due time. */
    DUE_SOON,
    /** Not done, and the due time has passed. */
    OVERDUE,
    /** Done by the due time. */
    MET,
    /** Done, but after the due time. */
    MISSED
}
