package jp.innovationnet.portal.plugins.coordinators.audience;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.http.Caller;

/**
 * Whoever reads profiles and cases, as far as what they may read goes.
 *
 * @param userId      the reader's user id; empty for a visitor
 * @param reach       the widest {@link Audience#rank()} they may read: 3 in the network, 2 for member staff, 1 for
 *                    visitors and overseas partners
 * @param secretariat whether they are the secretariat (who may edit any profile)
 * @param coordinator whether they hold the coordinator role
 * @param locale      their language
 */
public record Viewer(String userId, int reach, boolean secretariat, boolean coordinator, Locale locale) {

    /** The coordinator role. */
    public static final String COORDINATOR = "coordinator";

    /**
     * @param caller who calls
     * @return them as a reader
     */
    public static Viewer of(Caller caller) {
        boolean secretariat = caller.hasRole("secretariat");
        boolean coordinator = caller.hasRole(COORDINATOR);
        int reach = Audience.PUBLIC.rank();
        if (secretariat || coordinator || caller.hasRole("steering-agency")) {
            reach = Audience.NETWORK.rank();
        } else if (caller.hasRole("member-admin") || caller.hasRole("member-staff")) {
            reach = Audience.MEMBERS.rank();
        }
        return new Viewer(caller.userId(), reach, secretariat, coordinator, caller.locale());
    }

    /**
     * @param audience a part's audience
     * @return whether the viewer may read it
     */
    public boolean sees(Audience audience) {
        return audience.rank() <= reach;
    }

    /** @return whether the viewer is of the network, to whom a case's company may be named */
    public boolean inNetwork() {
        return reach >= Audience.NETWORK.rank();
    }

    /** @return whether the viewer reads the public's English only */
    public boolean publicOnly() {
        return reach == Audience.PUBLIC.rank();
    }

    /**
     * @param userId a user id
     * @return whether that is the viewer
     */
    public boolean is(String userId) {
        return !this.userId.isEmpty() && this.userId.equals(userId);
    }
}
