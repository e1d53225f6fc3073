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
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.body.BodyLimit;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.host.PluginConflictException;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.PluginNotFoundException;
import jp.innovationnet.portal.plugin.host.PluginState;
import jp.innovationnet.portal.plugin.host.PluginView;
import jp.innovationnet.portal.plugin.host.osgi.InvalidPluginException;

/**
 * {@code /api/plugins}: the secretariat lists, installs (upload a bundle), updates and removes plugins; everyone
 * reaches the plugins' own routes below {@code /api/plugins/{pluginId}/}, which check access per route.
 *
 * <p>Sizes: a bundle may have {@code portal.plugins.max-upload-bytes} (16 MiB), the body of a request to a plugin's
 * route {@code portal.plugins.max-body-bytes} (16 MiB), or for one plugin {@code portal.plugins.<id>.max-body-bytes}
 * (e.g. a plugin that takes attachments); longer ones get 413 naming the limit, having been read no further than it.
 */
@Path("plugins")
@RequestScoped
public class PluginsResource {

    private static final String MAX_BODY_BYTES = "max-body-bytes";

    @Inject
    PluginHost host;

    @Inject
    PluginRouteDispatcher dispatcher;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    @ConfigProperty(name = "portal.plugins.max-upload-bytes", defaultValue = "16777216")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "portal.plugins." + MAX_BODY_BYTES, defaultValue = "16777216")
    long maxBodyBytes;

    @Inject
    Config config;

    @Context
    UriInfo uriInfo;

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

    /** @param pluginId the plugin @param path its route @return the plugin's answer */
    @GET
    @Path("{pluginId}/{path: .+}")
    public Response routeGet(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route(HttpMethod.GET, pluginId, path, null);
    }

    /** @param pluginId the plugin @param path its route @return the plugin's answer without a body */
    @HEAD
    @Path("{pluginId}/{path: .+}")
    public Response routeHead(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route(HttpMethod.GET, pluginId, path, null);
    }

    /** @param pluginId the plugin @param path its route @param body the body @return the plugin's answer */
    @POST
    @Path("{pluginId}/{path: .+}")
    public Response routePost(@PathParam("pluginId") String pluginId, @PathParam("path") String path,
                              InputStream body) {
        return route(HttpMethod.POST, pluginId, path, body);
    }

    /** @param pluginId the plugin @param path its route @param body the body @return the plugin's answer */
    @PUT
    @Path("{pluginId}/{path: .+}")
    public Response routePut(@PathParam("pluginId") String pluginId, @PathParam("path") String path,
                             InputStream body) {
        return route(HttpMethod.PUT, pluginId, path, body);
    }

    /** @param pluginId the plugin @param path its route @param body the body @return the plugin's answer */
    @PATCH
    @Path("{pluginId}/{path: .+}")
    public Response routePatch(@PathParam("pluginId") String pluginId, @PathParam("path") String path,
                               InputStream body) {
        return route(HttpMethod.PATCH, pluginId, path, body);
    }

    /** @param pluginId the plugin @param path its route @return the plugin's answer */
    @DELETE
    @Path("{pluginId}/{path: .+}")
    public Response routeDelete(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route(HttpMethod.DELETE, pluginId, path, null);
    }

    private Response route(HttpMethod method, String pluginId, String path, InputStream body) {
        byte[] bytes = new byte[0];
        if (body != null) {
            BodyLimit limit = bodyLimit(pluginId);
            try (InputStream in = body) {
                bytes = limit.read(in, declaredLength());
            } catch (BodyLimit.TooLargeException e) {
                return limit.problem().toResponse();
            } catch (IOException e) {
                return Problem.of(400, "Bad Request", "the request body could not be read").toResponse();
            }
        }
        return dispatcher.dispatch(pluginId, method, "/" + path, uriInfo.getQueryParameters(), headers, bytes,
                currentCaller.get());
    }

    private BodyLimit bodyLimit(String pluginId) {
        return new BodyLimit(config.getOptionalValue("portal.plugins." + pluginId + "." + MAX_BODY_BYTES, Long.class)
                .orElse(maxBodyBytes));
    }

    /** @return the request's {@code Content-Length}, or -1 when it has none (chunked) or not a number */
    private long declaredLength() {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && length.matches("\\d{1,18}") ? Long.parseLong(length) : -1;
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
            return new BodyLimit(maxUploadBytes).read(in, declaredLength());
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
