package jp.innovationnet.portal.operations.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.PluginState;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The portal's own gauges, in the application registry ({@code mp_scope="application"} at {@code /metrics}):
 * whether the plugin host runs, how many plugins are active or failed, how many routes they serve, and whether
 * retired plugin revisions' class loaders linger. Gauges read the
 * plugin host on every scrape, so they follow plugins as they come and go.
 */
@ApplicationScoped
public class PluginMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    PluginHost pluginHost;

    void register(@Observes Startup startup) {
        registry.gauge(Metadata.builder().withName("portal.plugin.host.running")
                .withDescription("1 while the plugin host's OSGi framework is active, else 0")
                .withUnit(MetricUnits.NONE).build(),
                pluginHost, host -> host.isRunning() ? 1 : 0);
        registry.gauge(Metadata.builder().withName("portal.plugins.active")
                .withDescription("Installed plugins with a revision serving")
                .withUnit(MetricUnits.NONE).build(),
                pluginHost, host -> host.plugins().stream().filter(p -> p.state() == PluginState.ACTIVE).count());
        registry.gauge(Metadata.builder().withName("portal.plugins.failed")
                .withDescription("Installed plugins that failed to install or start, with no revision serving")
                .withUnit(MetricUnits.NONE).build(),
                pluginHost, host -> host.plugins().stream().filter(p -> p.state() == PluginState.FAILED).count());
        registry.gauge(Metadata.builder().withName("portal.plugin.retired.classloaders")
                .withDescription("Retired plugin revisions whose class loader is still in memory (a leak if it "
                        + "stays above zero after garbage collections)")
                .withUnit(MetricUnits.NONE).build(),
                pluginHost, PluginHost::retiredClassLoadersInMemory);
        registry.gauge(Metadata.builder().withName("portal.plugin.routes")
                .withDescription("Routes served by active plugins")
                .withUnit(MetricUnits.NONE).build(),
                pluginHost, host -> host.routes().size());
    }
}
