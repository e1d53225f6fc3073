package jp.innovationnet.portal.plugins.liaison.interest;

import java.util.List;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Where an expression of interest is, the pipeline the Enterprise Europe Network reports: expressed, then introduced
 * by the intermediary (or declined), a meeting, a negotiation, a partnership agreement; closed at any open step.
 */
public enum InterestStatus implements Coded {
    /** Expressed, awaiting the intermediary's decision. */
    EXPRESSED,
    /** The intermediary introduced the two sides. */
    INTRODUCED,
    /** The intermediary declined. */
    DECLINED,
    /** The two sides met. */
    MEETING,
    /** They negotiate. */
    NEGOTIATION,
    /** They signed a partnership agreement. */
    AGREEMENT,
    /** It ended without an agreement. */
    CLOSED;

    /** @return the steps that may follow this one */
    public List<InterestStatus> next() {
        return switch (this) {
            case EXPRESSED -> List.of(INTRODUCED, DECLINED);
            case INTRODUCED -> List.of(MEETING, CLOSED);
            case MEETING -> List.of(NEGOTIATION, CLOSED);
            case NEGOTIATION -> List.of(AGREEMENT, CLOSED);
            case DECLINED, AGREEMENT, CLOSED -> List.of();
        };
    }

    /** @return whether the pipeline still runs */
    public boolean open() {
        return !next().isEmpty();
    }
}
