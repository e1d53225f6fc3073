package jp.innovationnet.portal.identity.rest;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.plugin.api.http.Caller;

/** {@code GET /api/me}: the logged-in caller, as the portal sees them. */
@Path("me")
@RequestScoped
public class MeResource {

    /** Looked up once: {@code Json.create...} finds the provider through the service loader on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    CurrentCaller currentCaller;

    /** @return the caller as JSON */
    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        return toJson(currentCaller.get());
    }

    static String toJson(Caller caller) {
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        caller.roles().stream().sorted().forEach(roles::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("userId", caller.userId())
                .add("username", caller.username())
                .add("displayName", caller.displayName())
                .add("roles", roles)
                .add("locale", caller.locale().getLanguage());
        caller.email().ifPresentOrElse(e -> json.add("email", e), () -> json.addNull("email"));
        caller.organizationId().ifPresentOrElse(o -> json.add("organization", o), () -> json.addNull("organization"));
        return json.build().toString();
    }
}
