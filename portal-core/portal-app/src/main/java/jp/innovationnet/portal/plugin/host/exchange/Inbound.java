package jp.innovationnet.portal.plugin.host.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;

/**
 * A request to a plugin's route as it came in.
 *
 * @param pluginId the plugin
 * @param method   the method
 * @param path     the path below {@code /api/plugins/{pluginId}}, starting with '/'
 * @param query    the query parameters, decoded, each with its values in order
 * @param header   a header's first value by its name, in any case
 * @param body     the body, read within the plugin's limit ({@link PluginExchange#maxBodyBytes}); empty for none
 * @param caller   who is calling
 */
public record Inbound(String pluginId, HttpMethod method, String path, Map<String, List<String>> query,
                      Function<String, Optional<String>> header, byte[] body, PortalCaller caller) {
}
