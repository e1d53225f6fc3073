package jp.innovationnet.portal.plugins.inquiries.statistics;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What a part of the statistics is about, as the CSV's first column and the screen's headings name it. */
public enum Dimension implements Coded {
    /** The period and the total. */
    PERIOD, TOPIC, REGION,
    /** The organizations inquiries were routed to. */
    RECEIVER, MONTH,
    /** Time to the first reply, and the first-response target. */
    FIRST_RESPONSE,
    /** Time to being answered or closed, and the resolution target. */
    RESOLUTION
}
