package jp.innovationnet.portal.interfaces.rest.identity;

import jakarta.ws.rs.ForbiddenException;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/** Who may manage an organization's identity matters, and how Keycloak's failures reach the caller. */
final class OrganizationScope {

    private OrganizationScope() {
    }

    /**
     * @param caller the caller
     * @param id     the organization addressed
     * @throws ForbiddenException unless the caller is the secretariat or an administrator of that organization
     */
    static void requireAdministratorOf(PortalCaller caller, String id) {
        if (caller.roles().contains(PortalRole.SECRETARIAT.roleName())) {
            return;
        }
        if (caller.roles().contains(PortalRole.MEMBER_ADMIN.roleName())
                && caller.organizationId().filter(id::equals).isPresent()) {
            return;
        }
        throw new ForbiddenException("Only the secretariat and the administrators of organization " + id
                + " may do this.");
    }

    /** @param e a failure of Keycloak @return it as a problem: 503 when worth retrying, else 502 */
    static RuntimeException unavailable(KeycloakException e) {
        return e.isTransient()
                ? Problem.of(503, "Service Unavailable", "Keycloak cannot be reached; try again shortly.").asException()
                : Problem.of(502, "Bad Gateway", "Keycloak refused the change: " + e.getMessage()).asException();
    }
}
