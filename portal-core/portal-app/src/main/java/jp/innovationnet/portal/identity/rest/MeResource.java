package jp.innovationnet.portal.identity.rest;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;

/**
 * {@code /api/me}: the logged-in caller as the portal sees them, and the organization they act for when they belong
 * to several.
 */
@Path("me")
@RequestScoped
public class MeResource {

    /** Looked up once: {@code Json.create...} finds the provider through the service loader on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OrganizationDirectory directory;

    /**
     * @return the caller: {@code userId, username, displayName, email, roles, locale}, {@code organization} (the
     *     alias they act for, or null) and {@code organizations} (every one they belong to: {@code id, nameJa,
     *     nameEn}; the names are the alias when the portal has no record of it)
     */
    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        return toJson(currentCaller.get());
    }

    /**
     * Chooses the organization the caller acts for, for the rest of this browser session.
     *
     * @param body {@code {"organization": alias}}
     * @return the caller as {@link #me()} shows them; 400 naming {@code organization} when it is none of theirs
     */
    @PUT
    @Path("organization")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String chooseOrganization(JsonObject body) {
        String alias = body != null && body.get("organization") instanceof JsonString s ? s.getString() : "";
        if (!currentCaller.chooseOrganization(alias)) {
            throw new Problem(400, "Bad Request", "You do not belong to this organization, or logged in with a token.",
                    Map.of("organization", "not one of your organizations")).asException();
        }
        return toJson(currentCaller.get());
    }

    private String toJson(PortalCaller caller) {
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        caller.roles().stream().sorted().forEach(roles::add);
        JsonArrayBuilder organizations = JSON.createArrayBuilder();
        for (String alias : currentCaller.organizations()) {
            var name = directory.find(alias);
            organizations.add(JSON.createObjectBuilder().add("id", alias)
                    .add("nameJa", name.map(o -> o.profile().nameJa()).orElse(alias))
                    .add("nameEn", name.map(o -> o.profile().nameEn()).orElse(alias)));
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("userId", caller.userId())
                .add("username", caller.username())
                .add("displayName", caller.displayName())
                .add("roles", roles)
                .add("locale", caller.locale().getLanguage())
                .add("organizations", organizations);
        caller.email().ifPresentOrElse(e -> json.add("email", e), () -> json.addNull("email"));
        caller.organizationId().ifPresentOrElse(o -> json.add("organization", o), () -> json.addNull("organization"));
        return json.build().toString();
    }
}
