package jp.innovationnet.portal.interfaces.rest.identity;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.identity.people.OrganizationPeople;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * {@code /api/organizations/{id}/people}: an organization's administrators (and the secretariat) list its people,
 * invite by e-mail, remove colleagues and give or take away the roles member-staff and coordinator. Answers come
 * from Keycloak at once; 403 for another organization, 503 while Keycloak cannot be reached.
 */
@Path("organizations/{id}/people")
@RequestScoped
@Authenticated
public class PeopleResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    OrganizationPeople people;

    @Inject
    CurrentCaller currentCaller;

    @PathParam("id")
    String id;

    /**
     * @return the organization's members with their portal roles and names ({@code displayName} in Western order,
     *         {@code firstName} and {@code lastName} apart, so that a Japanese screen puts the family name first)
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        caller();
        JsonArrayBuilder array = JSON.createArrayBuilder();
        run(() -> people.list(id)).forEach(p -> {
            JsonArrayBuilder roles = JSON.createArrayBuilder();
            p.roles().forEach(roles::add);
            array.add(JSON.createObjectBuilder().add("userId", p.userId()).add("username", p.username())
                    .add("displayName", p.displayName()).add("firstName", p.firstName())
                    .add("lastName", p.lastName()).add("email", p.email()).add("enabled", p.enabled())
                    .add("roles", roles));
        });
        return array.build().toString();
    }

    /** @param invitation whom to invite @return 202: Keycloak sends the invitation */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@Valid @NotNull NewInvitation invitation) {
        PortalCaller caller = caller();
        run(() -> {
            people.invite(id, invitation.email().strip(), blankIfNull(invitation.firstName()),
                    blankIfNull(invitation.lastName()), caller);
            return null;
        });
        return Response.accepted().build();
    }

    /** @param userId a member @return 204; 409 for oneself */
    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("userId") String userId) {
        PortalCaller caller = caller();
        userId(userId);
        if (userId.equals(caller.userId())) {
            return Problem.of(409, "Conflict", "You cannot remove yourself; ask another administrator.").toResponse();
        }
        run(() -> {
            people.remove(id, userId, caller);
            return null;
        });
        return Response.noContent().build();
    }

    /** @param userId a member @param role member-staff or coordinator @return 204 */
    @PUT
    @Path("{userId}/roles/{role}")
    public Response grant(@PathParam("userId") String userId, @PathParam("role") String role) {
        return setRole(userId, role, true);
    }

    /** @param userId a member @param role member-staff or coordinator @return 204 */
    @DELETE
    @Path("{userId}/roles/{role}")
    public Response revoke(@PathParam("userId") String userId, @PathParam("role") String role) {
        return setRole(userId, role, false);
    }

    private Response setRole(String userId, String role, boolean grant) {
        PortalCaller caller = caller();
        userId(userId);
        if (!OrganizationPeople.GRANTABLE.contains(role)) {
            throw Problem.invalidField("role", "an organization's administrators give member-staff or coordinator")
                    .asException();
        }
        run(() -> people.setRole(id, userId, role, grant, caller));
        return Response.noContent().build();
    }

    /** Keycloak user ids are UUIDs; anything else never reaches the Admin API (no path tricks). */
    private static String userId(String userId) {
        if (userId == null || !OrganizationPeople.USER_ID.matcher(userId).matches()) {
            throw Problem.invalidField("userId", "a Keycloak user id").asException();
        }
        return userId;
    }

    private PortalCaller caller() {
        PortalCaller caller = currentCaller.get();
        OrganizationScope.requireAdministratorOf(caller, id);
        return caller;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    private <T> T run(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (OrganizationPeople.NotInKeycloakException e) {
            throw Problem.of(409, "Conflict", e.getMessage()).asException();
        } catch (OrganizationPeople.NotAMemberException e) {
            throw Problem.of(404, "Not Found", e.getMessage()).asException();
        } catch (KeycloakException e) {
            throw OrganizationScope.unavailable(e);
        }
    }
}
