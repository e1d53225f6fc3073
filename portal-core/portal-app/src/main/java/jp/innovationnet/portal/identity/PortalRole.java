package jp.innovationnet.portal.identity;

import java.util.Arrays;
import java.util.Optional;

/** The portal's realm roles in Keycloak; tokens carry them in the {@code groups} claim. */
public enum PortalRole {
    SECRETARIAT("secretariat", "Secretariat (事務局): memberships, network-wide events, inquiry routing"),
    MEMBER_ADMIN("member-admin", "Administrator of one member organization: its record and its staff"),
    MEMBER_STAFF("member-staff", "Staff of a member organization: shared services"),
    COORDINATOR("coordinator", "Coordinator (コーディネーター): case knowledge and cross-region requests"),
    STEERING_AGENCY("steering-agency", "Steering agency (幹事機関): routed inquiries, support programmes"),
    OVERSEAS_PARTNER("overseas-partner", "Overseas partner: international liaison desk");

    /** Role names as constants, for annotations such as {@code @RolesAllowed(PortalRole.Names.SECRETARIAT)}. */
    public static final class Names {
        public static final String SECRETARIAT = "secretariat";

        private Names() {
        }
    }

    private final String roleName;
    private final String description;

    PortalRole(String roleName, String description) {
        this.roleName = roleName;
        this.description = description;
    }

    /** @return the realm role's name, e.g. {@code member-staff} */
    public String roleName() {
        return roleName;
    }

    /** @return what holders of the role do */
    public String description() {
        return description;
    }

    /**
     * @param name a role or group name from a token
     * @return the portal role of that name; empty for Keycloak's own roles and unknown names
     */
    public static Optional<PortalRole> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
