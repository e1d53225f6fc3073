package jp.innovationnet.portal.plugin.api.activity;

/**
 * A report as the log keeps it.
 *
 * @param pluginId the plugin that reported it
 * @param report   what it reported
 */
public record Activity(String pluginId, ActivityReport report) {
}
