package jp.innovationnet.portal.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.innovationnet.portal.identity.PortalRole;

/** {@code GET /api/admin/roles}: the portal's roles and what they are for; for the secretariat only. */
@Path("admin/roles")
@RequestScoped
@RolesAllowed(PortalRole.Names.SECRETARIAT)
public class RolesResource {

    /** @return the roles as a JSON array of {@code {"name","description"}} */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String roles() {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (PortalRole role : PortalRole.values()) {
            roles.add(Json.createObjectBuilder().add("name", role.roleName()).add("description", role.description()));
        }
        return roles.build().toString();
    }
}
