package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugins.events.Coded;

/** What kind of event it is. */
public enum EventKind implements Coded {
    SEMINAR,
    EXCHANGE_MEETING,
    MATCHING_FAIR,
    COORDINATOR_TRAINING,
    GENERAL_ASSEMBLY,
    OTHER;
}
