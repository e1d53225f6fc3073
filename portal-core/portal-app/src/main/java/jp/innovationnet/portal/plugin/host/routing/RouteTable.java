package jp.innovationnet.portal.plugin.host.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.RouteHandler;
import jp.innovationnet.portal.plugin.api.http.Routes;

/**
 * The routes of one plugin revision. Filled while the revision starts, read concurrently afterwards: it is
 * {@linkplain #freeze() frozen} before the first request reaches it.
 */
public final class RouteTable implements Routes {

    /**
     * A route matched to a request.
     *
     * @param route      the route
     * @param parameters its path parameters' values
     */
    public record Match(Route route, Map<String, String> parameters) {
    }

    private final List<Route> routes = new ArrayList<>();
    private volatile boolean frozen;

    @Override
    public synchronized void add(HttpMethod method, String path, Access access, String summary,
                                 RouteHandler handler) {
        if (frozen) {
            throw new IllegalStateException("routes are registered in PortalPlugin.start only");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        PathTemplate template = PathTemplate.parse(path);
        boolean taken = routes.stream()
                .anyMatch(r -> r.method() == method && r.template().shape().equals(template.shape()));
        if (taken) {
            throw new IllegalArgumentException(method + " " + path + " is registered twice");
        }
        routes.add(new Route(method, template, access, summary == null ? "" : summary, handler));
        routes.sort(Comparator.comparingInt((Route r) -> -r.template().literalCount()));
    }

    /** Ends registration. */
    public synchronized void freeze() {
        frozen = true;
    }

    /**
     * @param method the request's method
     * @param path   the request's path below the plugin
     * @return the most specific matching route
     */
    public Optional<Match> match(HttpMethod method, String path) {
        for (Route route : routes) {
            if (route.method() == method) {
                Optional<Map<String, String>> parameters = route.template().match(path);
                if (parameters.isPresent()) {
                    return Optional.of(new Match(route, parameters.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param path a request path below the plugin
     * @return whether some route matches it with another method (405 rather than 404)
     */
    public boolean matchesPath(String path) {
        return routes.stream().anyMatch(r -> r.template().match(path).isPresent());
    }

    /** @return all routes, most specific first */
    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
