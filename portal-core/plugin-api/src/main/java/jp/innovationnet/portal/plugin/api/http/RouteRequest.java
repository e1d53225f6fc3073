package jp.innovationnet.portal.plugin.api.http;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

/** A request to a plugin route, valid during {@link RouteHandler#handle(RouteRequest)} only. */
@ProviderType
public interface RouteRequest {

    /** @return the HTTP method */
    HttpMethod method();

    /** @return the path below {@code /api/plugins/{pluginId}}, starting with '/' */
    String path();

    /**
     * @param name a parameter of the route's path template
     * @return its decoded value
     * @throws IllegalArgumentException if the template has no such parameter
     */
    String pathParam(String name);

    /**
     * @param name a query parameter
     * @return its first value
     */
    Optional<String> queryParam(String name);

    /**
     * @param name a query parameter
     * @return all its values, in order
     */
    List<String> queryParams(String name);

    /**
     * @param name a header name, in any case
     * @return the header's first value
     */
    Optional<String> header(String name);

    /** @return who is calling */
    Caller caller();

    /**
     * Reads the JSON body as an object of the plugin's class and validates its Bean Validation constraints.
     *
     * @param type the class to read into
     * @param <T>  the type
     * @return the body
     * @throws ProblemException 400 if the body is missing or not JSON of that shape; 422 naming each field whose
     *                          constraint failed
     */
    <T> T body(Class<T> type);

    /**
     * The entity manager of this request: one transaction of the plugin's persistence unit spans the request. It
     * commits when the handler returns a response below 400 and rolls back otherwise (or when it throws).
     *
     * @return the entity manager
     * @throws IllegalStateException if the plugin has no entity classes
     */
    EntityManager entityManager();
}
