package jp.innovationnet.portal.plugin.host.routing;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.RouteHandler;

/**
 * A registered route.
 *
 * @param method   its method
 * @param template its path
 * @param access   who may call it
 * @param summary  one line of documentation
 * @param handler  the plugin's handler
 */
public record Route(HttpMethod method, PathTemplate template, Access access, String summary, RouteHandler handler) {
}
