package jp.innovationnet.portal.interfaces.rest.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.innovationnet.portal.interfaces.rest.body.BodyLimit;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.host.PluginConflictException;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.PluginNotFoundException;
import jp.innovationnet.portal.plugin.host.PluginState;
import jp.innovationnet.portal.plugin.host.PluginView;
import jp.innovationnet.portal.plugin.host.osgi.InvalidPluginException;

/**
 * {@code /api/plugins}: the secretariat lists, installs (upload a bundle), updates and removes plugins. A bundle may
 * have {@code portal.plugins.max-upload-bytes} (16 MiB); a longer one gets 413 naming the limit, read no further than
 * it. The plugins' own routes below {@code /api/plugins/{pluginId}/} are {@link PluginRoutesResource}'s.
 */
@Path("plugins")
@RequestScoped
public class PluginAdministrationResource {

    @Inject
    PluginHost host;

    @Inject
    @ConfigProperty(name = "portal.plugins.max-upload-bytes", defaultValue = "16777216")
    long maxUploadBytes;

    @Context
    HttpHeaders headers;

    /** @return every installed plugin with version, state and, for failed ones, the reason */
    @GET
    @RolesAllowed("secretariat")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PluginView> list() {
        return host.plugins();
    }

    /**
     * @param pluginId a plugin id
     * @return the plugin with its routes and navigation entries
     */
    @GET
    @Path("{pluginId}")
    @RolesAllowed("secretariat")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("pluginId") String pluginId) {
        return host.plugin(pluginId).map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.of(404, "Not Found", "no plugin '" + pluginId + "' is installed")
                        .toResponse());
    }

    /**
     * Installs a plugin from an uploaded bundle.
     *
     * @param content the bundle
     * @return 201 with the plugin when it started; 422 naming the reason when it is not a valid plugin bundle or
     *         failed to start (it is then listed as failed)
     */
    @POST
    @RolesAllowed("secretariat")
    @Consumes({"application/java-archive", "application/octet-stream", "application/zip",
            "application/x-java-archive"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response install(InputStream content) {
        try {
            PluginView view = host.install(readLimited(content));
            return answer(view, Response.created(URI.create("/api/plugins/" + view.id())));
        } catch (BodyLimit.TooLargeException e) {
            return tooLarge();
        } catch (InvalidPluginException e) {
            return invalid(e);
        } catch (PluginConflictException e) {
            return Problem.of(409, "Conflict", e.getMessage()).toResponse();
        }
    }

    /**
     * Updates a plugin; requests keep being served by the old version until the new one has started.
     *
     * @param pluginId the plugin id
     * @param content  the new bundle
     * @return 200 with the plugin when the new version serves; 422 with the reason when it failed (the old one
     *         keeps serving)
     */
    @PUT
    @Path("{pluginId}")
    @RolesAllowed("secretariat")
    @Consumes({"application/java-archive", "application/octet-stream", "application/zip",
            "application/x-java-archive"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("pluginId") String pluginId, InputStream content) {
        try {
            PluginView view = host.update(pluginId, readLimited(content));
            return answer(view, Response.ok());
        } catch (BodyLimit.TooLargeException e) {
            return tooLarge();
        } catch (InvalidPluginException e) {
            return invalid(e);
        } catch (PluginNotFoundException e) {
            return Problem.of(404, "Not Found", e.getMessage()).toResponse();
        }
    }

    /**
     * Removes a plugin; its data stays for a later reinstall.
     *
     * @param pluginId the plugin id
     * @return 204, or 404
     */
    @DELETE
    @Path("{pluginId}")
    @RolesAllowed("secretariat")
    public Response uninstall(@PathParam("pluginId") String pluginId) {
        try {
            host.uninstall(pluginId);
            return Response.noContent().build();
        } catch (PluginNotFoundException e) {
            return Problem.of(404, "Not Found", e.getMessage()).toResponse();
        }
    }

    private static Response answer(PluginView view, Response.ResponseBuilder success) {
        if (view.state() == PluginState.ACTIVE && view.reason() == null) {
            return success.entity(view).build();
        }
        return new Problem(422, "Plugin failed", "plugin '" + view.id() + "' failed: " + view.reason(),
                Map.of("file", view.reason())).toResponse();
    }

    private byte[] readLimited(InputStream content) throws BodyLimit.TooLargeException {
        try (InputStream in = content) {
            return new BodyLimit(maxUploadBytes).read(in, BodyLimit.declaredLength(headers));
        } catch (IOException e) {
            throw new jakarta.ws.rs.BadRequestException("the upload could not be read");
        }
    }

    private Response tooLarge() {
        return new Problem(413, "Payload Too Large", "a plugin bundle may have at most " + maxUploadBytes
                + " bytes", Map.of("file", "larger than " + maxUploadBytes + " bytes")).toResponse();
    }

    private static Response invalid(InvalidPluginException e) {
        return new Problem(422, "Invalid plugin bundle", e.getMessage(), Map.of(e.field(), e.getMessage()))
                .toResponse();
    }
}
