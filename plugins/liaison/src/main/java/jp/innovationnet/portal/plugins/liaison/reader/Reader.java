package jp.innovationnet.portal.plugins.liaison.reader;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.http.Caller;

/**
 * Who reads: how far they reach ({@link Visibility#reach()}), the organization they act for (the intermediary of its
 * own opportunities, which reads them whole) and whether they review for the secretariat.
 *
 * @param userId         the caller's user id; empty for a visitor
 * @param organizationId the organization they act for, if any
 * @param reach          1 visitor, 2 overseas partner, 3 the network's people
 * @param secretariat    whether they are of the secretariat (the reviewers)
 * @param participant    whether they may draft opportunities and express interest (members' people, coordinators,
 *                       overseas partners)
 * @param locale         their language
 */
public record Reader(String userId, Optional<String> organizationId, int reach, boolean secretariat,
                     boolean participant, Locale locale) {

    /** The roles of the network's own people. */
    public static final Set<String> NETWORK_ROLES = Set.of("secretariat", "steering-agency", "member-admin",
            "member-staff", "coordinator");
    /** The roles of those who draft opportunities and express interest. */
    public static final Set<String> PARTICIPANT_ROLES = Set.of("member-admin", "member-staff", "coordinator",
            "overseas-partner");
    /** The role of overseas partner clusters and agencies. */
    public static final String OVERSEAS_PARTNER = "overseas-partner";

    /** @param caller the caller @return them as a reader */
    public static Reader of(Caller caller) {
        int reach = Visibility.PUBLIC.reach();
        if (NETWORK_ROLES.stream().anyMatch(caller::hasRole)) {
            reach = Visibility.NETWORK.reach();
        } else if (caller.hasRole(OVERSEAS_PARTNER)) {
            reach = Visibility.PARTNERS.reach();
        }
        return new Reader(caller.userId(), caller.organizationId(), reach, caller.hasRole("secretariat"),
                PARTICIPANT_ROLES.stream().anyMatch(caller::hasRole), caller.locale());
    }

    /** @param organization an organization alias @return whether the reader acts for it */
    public boolean actsFor(String organization) {
        return organizationId.filter(organization::equals).isPresent();
    }

    /**
     * @param intermediary the organization that publishes an opportunity
     * @param partReach    the reach of one of its parts
     * @return whether the reader may read that part
     */
    public boolean sees(String intermediary, int partReach) {
        return actsFor(intermediary) || partReach <= reach;
    }

    /** @return whether the reader reads the public's parts only (a visitor) */
    public boolean visitor() {
        return reach == Visibility.PUBLIC.reach();
    }
}
