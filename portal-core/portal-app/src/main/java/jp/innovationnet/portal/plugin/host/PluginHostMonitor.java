package jp.innovationnet.portal.plugin.host;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Publishes the plugin host's figures as a platform MXBean while the host runs. */
final class PluginHostMonitor implements PluginHostMonitorMXBean {

    /** The MXBean's name. */
    static final String OBJECT_NAME = "jp.innovationnet.portal:type=PluginHost";

    private static final Logger LOG = Logger.getLogger(PluginHostMonitor.class.getName());

    private final PluginHost host;

    private PluginHostMonitor(PluginHost host) {
        this.host = host;
    }

    static void register(PluginHost host) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(OBJECT_NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new PluginHostMonitor(host), name);
        } catch (JMException e) {
            LOG.warning(() -> "The plugin host's MXBean could not be registered: " + e);
        }
    }

    static void unregister() {
        try {
            ObjectName name = new ObjectName(OBJECT_NAME);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.warning(() -> "The plugin host's MXBean could not be unregistered: " + e);
        }
    }

    @Override
    public int getActivePlugins() {
        return (int) host.plugins().stream().filter(p -> p.state() == PluginState.ACTIVE).count();
    }

    @Override
    public int getFailedPlugins() {
        return (int) host.plugins().stream().filter(p -> p.state() == PluginState.FAILED).count();
    }

    @Override
    public int getRetiredClassLoadersInMemory() {
        return host.retiredClassLoadersInMemory();
    }

    @Override
    public String[] getPluginsWithRetiredClassLoadersInMemory() {
        return host.pluginsWithRetiredClassLoadersInMemory().toArray(String[]::new);
    }

    @Override
    public int getScheduledTasks() {
        return host.scheduledTasks();
    }
}
