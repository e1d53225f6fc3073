package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What kind of event it is. */
public enum EventKind implements Coded {
    SEMINAR,
    EXCHANGE_MEETING,
    MATCHING_FAIR,
    COORDINATOR_TRAINING,
    GENERAL_ASSEMBLY,
    OTHER;
}
