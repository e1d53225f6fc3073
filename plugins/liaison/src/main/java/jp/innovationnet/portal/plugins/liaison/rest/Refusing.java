package jp.innovationnet.portal.plugins.liaison.rest;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.RouteHandler;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.liaison.Refusal;

/**
 * The plugin's routes, each handler's {@link Refusal} answered as its problem (naming the field) in the caller's
 * language. It wraps the portal's {@link Routes} rather than implementing it: the contract provides that type.
 *
 * @param routes the portal's routes of the plugin
 */
record Refusing(Routes routes) {

    void get(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.GET, path, access, summary, handler);
    }

    void post(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.POST, path, access, summary, handler);
    }

    void put(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.PUT, path, access, summary, handler);
    }

    void delete(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.DELETE, path, access, summary, handler);
    }

    private void add(HttpMethod method, String path, Access access, String summary, RouteHandler handler) {
        routes.add(method, path, access, summary, request -> {
            try {
                return handler.handle(request);
            } catch (Refusal refusal) {
                throw refusal.problem(request.caller().locale());
            }
        });
    }
}
