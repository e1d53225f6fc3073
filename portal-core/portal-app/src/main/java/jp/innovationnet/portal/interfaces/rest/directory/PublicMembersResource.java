package jp.innovationnet.portal.interfaces.rest.directory;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.membership.organization.OrganizationDirectory;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory.PublicMember;

/**
 * {@code GET /api/public/members}: the network's member list for anyone, as a member network publishes it: each
 * active member's names, prefecture and website, in Japanese dictionary order. Nothing private.
 */
@Path("public/members")
@RequestScoped
@PermitAll
public class PublicMembersResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    OrganizationDirectory organizations;

    /** @return the members, cacheable for five minutes */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response members() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (PublicMember member : organizations.publicMembers()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", member.id())
                    .add("nameJa", member.nameJa()).add("nameEn", member.nameEn());
            if (member.prefecture() != null) {
                json.add("prefecture", JSON.createObjectBuilder().add("code", member.prefecture().code())
                        .add("ja", member.prefecture().nameJa()).add("en", member.prefecture().nameEn()));
            }
            if (member.website() != null) {
                json.add("website", member.website());
            }
            list.add(json);
        }
        CacheControl fiveMinutes = new CacheControl();
        fiveMinutes.setMaxAge(300);
        return Response.ok(list.build().toString()).cacheControl(fiveMinutes).build();
    }
}
