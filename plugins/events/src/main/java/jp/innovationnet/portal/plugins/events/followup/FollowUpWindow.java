package jp.innovationnet.portal.plugins.events.followup;

import java.time.Duration;
import java.time.Instant;

import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventStatus;

/**
 * When an event's follow-up form takes answers: from the event's end until {@link #EDITABLE} after it, for events
 * that took place (published or closed, not cancelled).
 */
public enum FollowUpWindow {
    /** The event was cancelled (or never published): there is nothing to follow up. */
    NOT_HELD,
    /** The event has not ended yet. */
    NOT_YET,
    /** Answers are taken and may be changed. */
    OPEN,
    /** Too late: answers may still be read, not changed. */
    CLOSED;

    /** How long after the event's end answers may be given or changed. */
    public static final Duration EDITABLE = Duration.ofDays(30);

    /**
     * @param event an event
     * @param now   the time
     * @return where its follow-up stands
     */
    public static FollowUpWindow of(Event event, Instant now) {
        if (event.status() != EventStatus.PUBLISHED && event.status() != EventStatus.CLOSED) {
            return NOT_HELD;
        }
        if (now.isBefore(event.endsAt())) {
            return NOT_YET;
        }
        return now.isBefore(closesAt(event)) ? OPEN : CLOSED;
    }

    /** @param event an event @return until when its follow-up takes answers */
    public static Instant closesAt(Event event) {
        return event.endsAt().plus(EDITABLE);
    }
}
