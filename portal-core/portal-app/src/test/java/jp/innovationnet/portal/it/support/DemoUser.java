package jp.innovationnet.portal.it.support;

import java.util.Optional;
import java.util.Set;

/**
 * The demo users of {@code keycloak-realm/dev/innovation-net-users-0.json}, one per role, with their organizations.
 * All have the password {@link #PASSWORD}.
 */
public enum DemoUser {
    SECRETARIAT("jilc.secretariat", Set.of("secretariat"), "jilc"),
    MEMBER_ADMIN("tama.admin", Set.of("member-admin", "member-staff"), "tama"),
    MEMBER_STAFF("tama.staff", Set.of("member-staff"), "tama"),
    OTHER_MEMBER_STAFF("hamamatsu.staff", Set.of("member-staff"), "hamamatsu-technopolis"),
    COORDINATOR("hamamatsu.coordinator", Set.of("coordinator", "member-staff"), "hamamatsu-technopolis"),
    /** A coordinator who works for two members: acts for the first alias until they choose the other. */
    WIDE_COORDINATOR("wide.coordinator", Set.of("coordinator", "member-staff"), "hamamatsu-technopolis"),
    STEERING_AGENCY("jst.agency", Set.of("steering-agency"), "jst"),
    OVERSEAS_PARTNER("overseas.partner", Set.of("overseas-partner"), null);

    /** The demo users' password (dev and tests only). */
    public static final String PASSWORD = "portal-demo";

    private final String username;
    private final Set<String> roles;
    private final String organization;

    DemoUser(String username, Set<String> roles, String organization) {
        this.username = username;
        this.roles = roles;
        this.organization = organization;
    }

    /** @return the user name */
    public String username() {
        return username;
    }

    /** @return the portal roles */
    public Set<String> roles() {
        return roles;
    }

    /** @return the organization alias, if the user belongs to one */
    public Optional<String> organization() {
        return Optional.ofNullable(organization);
    }
}
