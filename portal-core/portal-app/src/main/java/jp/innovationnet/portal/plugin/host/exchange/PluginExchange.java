package jp.innovationnet.portal.plugin.host.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.host.ContractTypes;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;
import jp.innovationnet.portal.plugin.host.routing.RouteTable;
import jp.innovationnet.portal.plugin.host.services.CoreServiceUnavailableException;

/**
 * Serves requests to plugins' routes: finds the plugin's active revision (waiting out a switch-over), matches the
 * route (404, 405), checks its access (401, 403), runs the handler as the plugin in a transaction that commits for an
 * answer below 400, writes the answer with the revision's own JSON mapper, and turns whatever went wrong into a
 * problem in the portal's words: the plugin's own {@link ProblemException}, 409 for a concurrent change, 503 when a
 * core service is unreachable, 500 with an incident id (logged with its cause) for anything else.
 *
 * <p>A route's body may have {@code portal.plugins.max-body-bytes} (16 MiB), or for one plugin
 * {@code portal.plugins.<id>.max-body-bytes} (e.g. a plugin that takes attachments).
 */
@ApplicationScoped
public class PluginExchange {

    private static final Logger LOG = Logger.getLogger(PluginExchange.class.getName());
    private static final String JSON = "application/json; charset=UTF-8";

    @Inject
    PluginHost host;

    @Inject
    @ConfigProperty(name = "portal.plugins.max-body-bytes", defaultValue = "16777216")
    long maxBodyBytes;

    @Inject
    Config config;

    /**
     * @param pluginId a plugin
     * @return the longest request body its routes take, in bytes
     */
    public long maxBodyBytes(String pluginId) {
        return config.getOptionalValue("portal.plugins." + pluginId + ".max-body-bytes", Long.class)
                .orElse(maxBodyBytes);
    }

    /**
     * @param inbound the request
     * @return the plugin's answer, or a problem
     */
    public PluginAnswer serve(Inbound inbound) {
        while (true) {
            PluginRevision revision = host.activeRevision(inbound.pluginId()).orElse(null);
            if (revision == null) {
                return PluginAnswer.Refused.of(404, "Not Found", "no active plugin '" + inbound.pluginId() + "'");
            }
            if (!revision.enter()) {
                // retiring: the revision replacing it is already active, or the plugin is being removed
                Thread.onSpinWait();
                continue;
            }
            try {
                return serve(revision, inbound);
            } finally {
                revision.exit();
            }
        }
    }

    private PluginAnswer serve(PluginRevision revision, Inbound inbound) {
        RouteTable.Match match = revision.routes().match(inbound.method(), inbound.path()).orElse(null);
        if (match == null) {
            return revision.routes().matchesPath(inbound.path())
                    ? PluginAnswer.Refused.of(405, "Method Not Allowed",
                            inbound.method() + " is not allowed on " + inbound.path())
                    : PluginAnswer.Refused.of(404, "Not Found", "plugin '" + inbound.pluginId()
                            + "' has no route " + inbound.path());
        }
        Caller caller = ContractTypes.caller(inbound.caller());
        if (!match.route().access().permits(caller)) {
            return caller.authenticated()
                    ? PluginAnswer.Refused.of(403, "Forbidden",
                            "your roles do not allow " + inbound.method() + " " + inbound.path())
                    : PluginAnswer.Refused.of(401, "Unauthorized", "log in to use " + inbound.path());
        }
        try {
            return revision.inTransaction(caller, transaction -> {
                RouteResponse response = match.route().handler().handle(
                        new ExchangeRequest(revision, inbound, caller, match.parameters(), transaction));
                if (response == null) {
                    throw new IllegalStateException("the handler returned no response");
                }
                return written(revision, response);
            }, served -> served.status() < 400);
        } catch (ProblemException e) {
            return new PluginAnswer.Refused(e.status(), e.title(), e.getMessage(), e.fieldErrors());
        } catch (OptimisticLockException e) {
            return conflict();
        } catch (RollbackException e) {
            return e.getCause() instanceof OptimisticLockException ? conflict() : failure(revision, e);
        } catch (CoreServiceUnavailableException e) {
            LOG.log(Level.WARNING, "Plugin " + inbound.pluginId() + ": " + e.getMessage(), e);
            return PluginAnswer.Refused.of(503, "Service Unavailable", e.getMessage() + "; try again shortly");
        } catch (Exception e) {
            return failure(revision, e);
        }
    }

    private static PluginAnswer.Served written(PluginRevision revision, RouteResponse response) {
        Object body = response.body().orElse(null);
        if (body == null) {
            return new PluginAnswer.Served(response.status(), response.headers(), null, null);
        }
        if (body instanceof RouteResponse.Content content) {
            return new PluginAnswer.Served(response.status(), response.headers(), content.mediaType(),
                    content.bytes());
        }
        return new PluginAnswer.Served(response.status(), response.headers(), JSON,
                revision.jsonb().toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    private static PluginAnswer conflict() {
        return PluginAnswer.Refused.of(409, "Conflict", "someone else changed this record; reload it and try again");
    }

    private static PluginAnswer failure(PluginRevision revision, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Plugin " + revision.archive().pluginId() + " failed, incident " + incident, e);
        return PluginAnswer.Refused.of(500, "Internal Server Error", "the plugin failed; incident " + incident);
    }
}
