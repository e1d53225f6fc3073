package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Where an event is in its life: draft → published → closed, and cancelled from any of them. */
public enum EventStatus implements Coded {
    DRAFT,
    PUBLISHED,
    CLOSED,
    CANCELLED;

    /**
     * @param target the status asked for
     * @return whether an event in this status may go there: a draft is published, a published event is closed,
     *         and an event not cancelled yet may be cancelled; nothing goes back to draft
     */
    public boolean mayBecome(EventStatus target) {
        return switch (target) {
            case PUBLISHED -> this == DRAFT;
            case CLOSED -> this == PUBLISHED;
            case CANCELLED -> this != CANCELLED;
            case DRAFT -> false;
        };
    }

    /** @return whether the event's details may still be edited */
    public boolean editable() {
        return this == DRAFT || this == PUBLISHED;
    }
}
