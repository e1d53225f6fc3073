package jp.innovationnet.portal.interfaces.rest.directory;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;

/**
 * {@code GET /api/directory/prefectures}: how many active members each prefecture has, by JIS X 0401 code
 * ({@code {"13": 7, "01": 2}}), for the directory's map. Any logged-in user.
 */
@Path("directory/prefectures")
@RequestScoped
@Authenticated
public class PrefectureCountsResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    OrganizationDirectory organizations;

    /** @return the counts as a JSON object */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String counts() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        organizations.activeMembersByPrefecture().forEach(json::add);
        return json.build().toString();
    }
}
