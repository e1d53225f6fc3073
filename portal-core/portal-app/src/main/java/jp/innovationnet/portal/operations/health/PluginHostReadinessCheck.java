package jp.innovationnet.portal.operations.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.innovationnet.portal.plugin.host.PluginHost;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the plugin host's OSGi framework is active. A single failed plugin does not make the portal
 * unready (the host isolates it); a host that is down does, since plugin routes would all fail.
 */
@Readiness
@ApplicationScoped
public class PluginHostReadinessCheck implements HealthCheck {

    static final String NAME = "plugin-host";

    @Inject
    PluginHost pluginHost;

    @Override
    public HealthCheckResponse call() {
        try {
            boolean running = pluginHost.isRunning();
            return HealthCheckResponse.named(NAME)
                    .status(running)
                    .withData("running", running)
                    .withData("routes", running ? pluginHost.routes().size() : 0)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", HealthData.describe(e)).build();
        }
    }
}
