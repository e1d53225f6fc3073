package jp.innovationnet.portal.plugins.liaison.reader;

import java.util.Arrays;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Who may read a part of an opportunity, each wider one included in the next: the public (visitors too, in English
 * where there is English), partners (overseas partners and the network), the network (members, coordinators, the
 * secretariat, steering agencies), the intermediary (the organization that publishes it) only.
 */
public enum Visibility implements Coded {
    /** Anyone, visitors included. */
    PUBLIC(1),
    /** Overseas partners and the network. */
    PARTNERS(2),
    /** The network's own people. */
    NETWORK(3),
    /** The publishing intermediary only. */
    INTERMEDIARY(4);

    private final int reach;

    Visibility(int reach) {
        this.reach = reach;
    }

    /** @return how far inside the part is kept: 1 for the public, 4 for the intermediary only; the database keeps it */
    public int reach() {
        return reach;
    }

    /** @param reach a stored reach @return its visibility */
    public static Visibility ofReach(int reach) {
        return Arrays.stream(values()).filter(v -> v.reach == reach).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("reach " + reach));
    }
}
