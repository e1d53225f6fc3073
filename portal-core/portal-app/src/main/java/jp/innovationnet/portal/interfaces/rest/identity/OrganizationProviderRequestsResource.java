package jp.innovationnet.portal.interfaces.rest.identity;

import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.federation.FederationRequests;
import jp.innovationnet.portal.identity.federation.IdentityProviderRequest;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * {@code /api/organizations/{id}/identity-provider-requests}: an organization's administrators ask for their own
 * identity provider and follow their requests (the secretariat decides at {@code /api/identity/provider-requests}).
 */
@Path("organizations/{id}/identity-provider-requests")
@RequestScoped
@Authenticated
public class OrganizationProviderRequestsResource {

    @Inject
    FederationRequests requests;

    @Inject
    CurrentCaller currentCaller;

    @PathParam("id")
    String id;

    /** @return the organization's requests, newest first */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        OrganizationScope.requireAdministratorOf(currentCaller.get(), id);
        return ProviderRequestViews.list(requests.list(id));
    }

    /** @param input the provider @return 201 with the request (without its secret); 409 if the organization is not active */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response request(@Valid @NotNull NewProviderRequest input) {
        PortalCaller caller = currentCaller.get();
        OrganizationScope.requireAdministratorOf(caller, id);
        try {
            IdentityProviderRequest stored = requests.request(new IdentityProviderRequest(id,
                    input.discoveryDocumentUrl(), input.clientId().strip(), input.clientSecret(),
                    input.domain().strip().toLowerCase(Locale.ROOT), caller.username()), caller.userId(),
                    caller.username());
            return Response.created(URI.create("/api/identity/provider-requests/" + stored.getId()))
                    .entity(ProviderRequestViews.view(stored).toString()).build();
        } catch (FederationRequests.OrganizationUnavailableException e) {
            return Problem.of(409, "Conflict", e.getMessage()).toResponse();
        }
    }
}
