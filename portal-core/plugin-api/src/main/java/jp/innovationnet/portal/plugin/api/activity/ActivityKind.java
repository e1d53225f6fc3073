package jp.innovationnet.portal.plugin.api.activity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What a person did; labelled in both languages ({@code labels_*.properties} of this package). */
public enum ActivityKind implements Coded {
    /** Answered an inquiry of the one-stop desk (reported by the desk, once per person and inquiry). */
    INQUIRY_ANSWERED,
    /** Organised an event (reported once it is published, withdrawn when it is cancelled). */
    EVENT_ORGANISED,
    /** Spoke or lectured at an event, e.g. on a dispatch of the coordinator exchange. */
    EVENT_SPOKE,
    /** Attended a coordinator or incubation-manager training (checked in at a {@code coordinator-training} event). */
    TRAINING_ATTENDED,
    /** Wrote an answer its asker accepted. */
    ANSWER_ACCEPTED,
    /** Wrote a support case that was published after review. */
    CASE_PUBLISHED,
    /** Helped another member's coordinator on a help request or a dispatch, reported when it was fulfilled. */
    HELP_GIVEN
}
