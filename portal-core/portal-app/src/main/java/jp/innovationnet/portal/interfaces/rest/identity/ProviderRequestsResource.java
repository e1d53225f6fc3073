package jp.innovationnet.portal.interfaces.rest.identity;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.federation.FederationRequests;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/** {@code /api/identity/provider-requests} (secretariat): every member's identity provider request, and decisions. */
@Path("identity/provider-requests")
@RequestScoped
@RolesAllowed("secretariat")
public class ProviderRequestsResource {

    @Inject
    FederationRequests requests;

    @Inject
    CurrentCaller currentCaller;

    /** @param organizationId only this organization's, if given @return requests, newest first */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("organizationId") String organizationId) {
        return ProviderRequestViews.list(requests.list(organizationId == null || organizationId.isBlank()
                ? null : organizationId));
    }

    /**
     * @param id       a request
     * @param decision approve or reject
     * @return 200 with the request; 404; 409 when decided already
     */
    @POST
    @Path("{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("requestId") long id, @Valid @NotNull Decision decision) {
        PortalCaller caller = currentCaller.get();
        if (!decision.approved() && (decision.reason() == null || decision.reason().isBlank())) {
            throw Problem.invalidField("reason", "a rejection needs a reason").asException();
        }
        try {
            return requests.decide(id, decision.approved(), decision.reason(), caller.userId(), caller.username())
                    .map(r -> Response.ok(ProviderRequestViews.view(r).toString()).build())
                    .orElseGet(() -> Problem.of(404, "Not Found", "no identity provider request " + id).toResponse());
        } catch (IllegalStateException e) {
            return Problem.of(409, "Conflict", e.getMessage()).toResponse();
        }
    }
}
