package jp.innovationnet.portal.plugin.api.http;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registers a plugin's routes. Paths are relative to {@code /api/plugins/{pluginId}}, start with '/', and may
 * hold parameters in braces: {@code /notes/{id}}. A literal segment wins over a parameter at the same place.
 */
@ProviderType
public interface Routes {

    /**
     * Registers a route.
     *
     * @param method  the HTTP method
     * @param path    the path template
     * @param access  who may call it; checked by the core before the handler runs
     * @param summary one line for the API documentation
     * @param handler the handler
     * @throws IllegalArgumentException if the template is malformed or the same method and template are taken
     */
    void add(HttpMethod method, String path, Access access, String summary, RouteHandler handler);

    /** Shorthand for {@link #add} with {@link HttpMethod#GET}. */
    default void get(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.GET, path, access, summary, handler);
    }

    /** Shorthand for {@link #add} with {@link HttpMethod#POST}. */
    default void post(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.POST, path, access, summary, handler);
    }

    /** Shorthand for {@link #add} with {@link HttpMethod#PUT}. */
    default void put(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.PUT, path, access, summary, handler);
    }

    /** Shorthand for {@link #add} with {@link HttpMethod#DELETE}. */
    default void delete(String path, Access access, String summary, RouteHandler handler) {
        add(HttpMethod.DELETE, path, access, summary, handler);
    }
}
