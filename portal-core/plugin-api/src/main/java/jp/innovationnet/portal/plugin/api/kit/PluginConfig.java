package jp.innovationnet.portal.plugin.api.kit;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A plugin's own settings, from the portal's configuration (server variables, environment, system properties):
 * the setting {@code key} of plugin {@code events} is {@code portal.plugins.events.key}. The same on every server
 * of the cluster, since they all share one configuration.
 */
@ProviderType
public interface PluginConfig {

    /**
     * @param key the setting's name below the plugin's prefix, e.g. {@code "reminder-hours"}
     * @return its value, stripped; empty when it is not set or blank
     */
    Optional<String> value(String key);

    /**
     * @param key      the setting's name
     * @param fallback the value when it is not set
     * @return the setting as a whole number
     * @throws IllegalArgumentException naming the setting, when it is set but not a whole number
     */
    default int intValue(String key, int fallback) {
        Optional<String> text = value(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, not " + text.get(), e);
        }
    }
}
