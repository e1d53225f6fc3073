package jp.innovationnet.portal.interfaces.rest.plugin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;
import jp.innovationnet.portal.plugin.host.routing.RouteTable;

/**
 * Serves {@code /api/plugins/{pluginId}/...}: finds the plugin's current revision, matches the route, checks its
 * access, runs the handler as the plugin in a transaction of the plugin's persistence unit and writes the result
 * with the revision's own JSON mapper (a {@link RouteResponse.Content} as it is). The response entity is always
 * bytes or a problem string, so no plugin class ever reaches the container's JAX-RS or JSON-B caches.
 */
@ApplicationScoped
public class PluginRouteDispatcher {

    private static final Logger LOG = Logger.getLogger(PluginRouteDispatcher.class.getName());
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    PluginHost host;

    /**
     * @param pluginId the plugin
     * @param method   the request's method
     * @param path     the path below the plugin, starting with '/'
     * @param query    the query parameters
     * @param headers  the request headers
     * @param body     the request body; empty when there is none
     * @param caller   who is calling
     * @return the response
     */
    public Response dispatch(String pluginId, HttpMethod method, String path, MultivaluedMap<String, String> query,
                             HttpHeaders headers, byte[] body, Caller caller) {
        while (true) {
            PluginRevision revision = host.activeRevision(pluginId).orElse(null);
            if (revision == null) {
                return Problem.of(404, "Not Found", "no active plugin '" + pluginId + "'").toResponse();
            }
            if (!revision.enter()) {
                // retiring: the revision replacing it is already active, or the plugin is being removed
                Thread.onSpinWait();
                continue;
            }
            try {
                return dispatchTo(revision, method, path, query, headers, body, caller);
            } finally {
                revision.exit();
            }
        }
    }

    private Response dispatchTo(PluginRevision revision, HttpMethod method, String path,
                                MultivaluedMap<String, String> query, HttpHeaders headers, byte[] body,
                                Caller caller) {
        RouteTable.Match match = revision.routes().match(method, path).orElse(null);
        if (match == null) {
            return revision.routes().matchesPath(path)
                    ? Problem.of(405, "Method Not Allowed", method + " is not allowed on " + path).toResponse()
                    : Problem.of(404, "Not Found", "plugin '" + revision.archive().pluginId()
                            + "' has no route " + path).toResponse();
        }
        if (!match.route().access().permits(caller)) {
            return caller.authenticated()
                    ? Problem.of(403, "Forbidden", "your roles do not allow " + method + " " + path).toResponse()
                    : Problem.of(401, "Unauthorized", "log in to use " + path).toResponse();
        }
        PluginRequest request = new PluginRequest(revision, method, path, match.parameters(), query, headers, body,
                caller);
        try {
            return revision.callAsPlugin(caller, call -> {
                Response response;
                boolean success = false;
                boolean committed = false;
                try {
                    try {
                        RouteResponse answer = match.route().handler().handle(request);
                        if (answer == null) {
                            throw new IllegalStateException("the handler returned no response");
                        }
                        response = toResponse(revision, answer);
                        success = answer.status() < 400;
                    } finally {
                        request.complete(success);
                    }
                    committed = success;
                } finally {
                    if (!committed) {
                        call.runAfterRollback();
                    }
                }
                if (committed) {
                    call.runAfterCommit();
                }
                return response;
            });
        } catch (ProblemException e) {
            return new Problem(e.status(), e.title(), e.getMessage(), e.fieldErrors()).toResponse();
        } catch (OptimisticLockException e) {
            return conflict();
        } catch (RollbackException e) {
            return e.getCause() instanceof OptimisticLockException ? conflict() : failure(revision, e);
        } catch (PersistenceException e) {
            return failure(revision, e);
        } catch (KeycloakException e) {
            if (!e.isTransient()) {
                return failure(revision, e);
            }
            LOG.log(Level.WARNING, "Plugin " + revision.archive().pluginId() + ": Keycloak unavailable", e);
            return Problem.of(503, "Service Unavailable", "the identity server cannot be reached; try again shortly")
                    .toResponse();
        } catch (Exception e) {
            return failure(revision, e);
        }
    }

    private static Response toResponse(PluginRevision revision, RouteResponse answer) {
        Response.ResponseBuilder builder = Response.status(answer.status());
        answer.headers().forEach(builder::header);
        answer.body().ifPresent(value -> {
            if (value instanceof RouteResponse.Content content) {
                builder.type(content.mediaType()).entity(content.bytes());
            } else {
                builder.type(JSON).entity(revision.jsonb().toJson(value).getBytes(StandardCharsets.UTF_8));
            }
        });
        return builder.build();
    }

    private static Response conflict() {
        return Problem.of(409, "Conflict", "someone else changed this record; reload it and try again")
                .toResponse();
    }

    private static Response failure(PluginRevision revision, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Plugin " + revision.archive().pluginId() + " failed, incident " + incident, e);
        return new Problem(500, "Internal Server Error", "the plugin failed; incident " + incident, Map.of())
                .toResponse();
    }
}
