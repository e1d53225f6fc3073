package jp.innovationnet.portal.identity.rest;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;

/**
 * Ends access at once for people of an organization that lost it: a logged-in caller whose organization the
 * registry has as suspended, withdrawn (or not admitted) gets 403 on every API call, plugin routes included, even
 * while their token is still valid and before Keycloak has caught up. Callers without an organization, and
 * organizations the registry has no record of (yet), are not judged here.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class OrganizationAccessFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OrganizationDirectory directory;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        PortalCaller caller = currentCaller.get();
        Optional<Organization> organization = caller.organizationId().flatMap(directory::find);
        if (organization.isPresent() && !organization.get().isActive()) {
            boolean japanese = caller.locale().getLanguage().equals(Locale.JAPANESE.getLanguage());
            String status = japanese ? organization.get().getStatus().labelJa() : organization.get().getStatus().labelEn();
            request.abortWith(Problem.of(403, "Forbidden", japanese
                    ? "所属組織（" + organization.get().getNameJa() + "）の利用資格が" + status + "のため、ポータルを利用できません。"
                    : "Your organization (" + organization.get().getNameEn() + ") has no access to the portal: "
                    + status.toLowerCase(Locale.ROOT) + ".").toResponse());
        }
    }
}
