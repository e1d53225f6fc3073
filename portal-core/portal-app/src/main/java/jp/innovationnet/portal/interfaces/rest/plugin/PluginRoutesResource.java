package jp.innovationnet.portal.interfaces.rest.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.body.BodyLimit;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.host.exchange.Inbound;
import jp.innovationnet.portal.plugin.host.exchange.PluginAnswer;
import jp.innovationnet.portal.plugin.host.exchange.PluginExchange;

/**
 * {@code /api/plugins/{pluginId}/...}: the plugins' own routes, which check access per route. This resource only
 * maps HTTP onto the host's {@link PluginExchange} and back: it reads the body within the plugin's limit (a longer
 * one gets 413 naming the limit, read no further than it) and writes the answer's bytes or problem as they are.
 */
@Path("plugins/{pluginId}/{path: .+}")
@RequestScoped
public class PluginRoutesResource {

    @Inject
    PluginExchange exchange;

    @Inject
    CurrentCaller currentCaller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    /** @param pluginId the plugin @param path its route @return the plugin's answer */
    @GET
    public Response get(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route(HttpMethod.GET, pluginId, path, null);
    }

    /** @param pluginId the plugin @param path its route @return the plugin's answer without a body */
    @HEAD
    public Response head(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route(HttpMethod.GET, pluginId, path, null);
    }

    /** @param pluginId the plugin @param path its route @param body the body @return the plugin's answer */
    @POST
    public Response post(@PathParam("pluginId") String pluginId, @PathParam("path") String path, InputStream body) {
        return route(HttpMethod.POST, pluginId, path, body);
    }

    /** @param pluginId the plugin @param path its route @param body the body @return the plugin's answer */
    @PUT
    public Response put(@PathParam("pluginId") String pluginId, @PathParam("path") String path, InputStream body) {
        return route(HttpMethod.PUT, pluginId, path, body);
    }

    /** @param pluginId the plugin @param path its route @param body the body @return the plugin's answer */
    @PATCH
    public Response patch(@PathParam("pluginId") String pluginId, @PathParam("path") String path, InputStream body) {
        return route(HttpMethod.PATCH, pluginId, path, body);
    }

    /** @param pluginId the plugin @param path its route @return the plugin's answer */
    @DELETE
    public Response delete(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route(HttpMethod.DELETE, pluginId, path, null);
    }

    private Response route(HttpMethod method, String pluginId, String path, InputStream body) {
        byte[] bytes = new byte[0];
        if (body != null) {
            BodyLimit limit = new BodyLimit(exchange.maxBodyBytes(pluginId));
            try (InputStream in = body) {
                bytes = limit.read(in, BodyLimit.declaredLength(headers));
            } catch (BodyLimit.TooLargeException e) {
                return limit.problem().toResponse();
            } catch (IOException e) {
                return Problem.of(400, "Bad Request", "the request body could not be read").toResponse();
            }
        }
        PluginAnswer answer = exchange.serve(new Inbound(pluginId, method, "/" + path, uriInfo.getQueryParameters(),
                name -> Optional.ofNullable(headers.getHeaderString(name)), bytes, currentCaller.get()));
        return switch (answer) {
            case PluginAnswer.Served served -> served(served);
            case PluginAnswer.Refused refused -> new Problem(refused.status(), refused.title(), refused.detail(),
                    refused.fieldErrors()).toResponse();
        };
    }

    private static Response served(PluginAnswer.Served served) {
        Response.ResponseBuilder builder = Response.status(served.status());
        served.headers().forEach(builder::header);
        if (served.body() != null) {
            builder.type(served.mediaType()).entity(served.body());
        }
        return builder.build();
    }
}
