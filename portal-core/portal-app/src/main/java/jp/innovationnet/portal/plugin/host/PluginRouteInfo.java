package jp.innovationnet.portal.plugin.host;

import java.util.Set;

/**
 * A plugin route as documentation and clients see it.
 *
 * @param pluginId  the plugin
 * @param method    the HTTP method
 * @param path      the full path, e.g. {@code /api/plugins/notes/notes/{id}}
 * @param summary   one line of documentation
 * @param anonymous whether it needs no login
 * @param roles     roles of which a caller needs one; empty for any logged-in user
 */
public record PluginRouteInfo(String pluginId, String method, String path, String summary, boolean anonymous,
                              Set<String> roles) {
}
