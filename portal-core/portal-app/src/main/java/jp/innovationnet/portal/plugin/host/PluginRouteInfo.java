package jp.innovationnet.portal.plugin.host;

import java.util.Set;

/**
 * Seam stub for merge: the lead's plugin host provides this type; this copy exists only so the operations code
 * compiles on its branch and is replaced on merge.
 *
 * @param pluginId the plugin's id
 * @param method   the HTTP method, upper case
 * @param path     the full path, e.g. {@code /api/plugins/notes/notes/{id}}
 * @param summary  a one-line summary
 * @param anonymous whether callers need not be authenticated
 * @param roles    the roles of which a caller needs one (empty: any authenticated caller)
 */
public record PluginRouteInfo(String pluginId, String method, String path, String summary, boolean anonymous,
        Set<String> roles) {
}
