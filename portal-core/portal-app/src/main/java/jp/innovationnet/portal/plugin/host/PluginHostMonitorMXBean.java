package jp.innovationnet.portal.plugin.host;

/**
 * The plugin host as operators see it over JMX ({@value PluginHostMonitor#OBJECT_NAME}).
 */
public interface PluginHostMonitorMXBean {

    /** @return plugins with a revision serving */
    int getActivePlugins();

    /** @return plugins with no revision serving */
    int getFailedPlugins();

    /**
     * @return retired revisions whose class loader is still in memory; after a garbage collection anything above
     *         zero is a leak of a removed or updated plugin's classes
     */
    int getRetiredClassLoadersInMemory();

    /**
     * @return the plugin of each retired revision whose class loader is still in memory (once per revision): which
     *         plugin leaks, after a garbage collection
     */
    String[] getPluginsWithRetiredClassLoadersInMemory();

    /** @return scheduled tasks of the active plugins; a retired revision's are cancelled and not counted */
    int getScheduledTasks();
}
