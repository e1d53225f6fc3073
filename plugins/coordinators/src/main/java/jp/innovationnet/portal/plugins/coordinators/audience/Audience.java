package jp.innovationnet.portal.plugins.coordinators.audience;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Who may read a part of a profile or a published case, from the narrowest to the widest: each audience includes the
 * ones before it.
 */
public enum Audience implements Coded {
    /** The coordinators' network: coordinators, the secretariat and the steering agencies. */
    NETWORK(3),
    /** Also the staff of every member organization. */
    MEMBERS(2),
    /** Anyone, visitors included, in English only. */
    PUBLIC(1);

    private final int rank;

    Audience(int rank) {
        this.rank = rank;
    }

    /** @return how far the audience reaches: 1 for the public, 3 for the network only; the database keeps this */
    public int rank() {
        return rank;
    }

    /** @return the audience of the Japanese text of a part read by this one: the public reads English only */
    public Audience ofJapanese() {
        return this == PUBLIC ? MEMBERS : this;
    }
}
