package jp.innovationnet.portal.interfaces.rest.plugin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;

/** A request as a plugin handler sees it; owns the request's entity manager and transaction. */
final class PluginRequest implements RouteRequest {

    private final PluginRevision revision;
    private final HttpMethod method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final MultivaluedMap<String, String> query;
    private final HttpHeaders headers;
    private final byte[] body;
    private final Caller caller;
    private EntityManager entityManager;

    PluginRequest(PluginRevision revision, HttpMethod method, String path, Map<String, String> pathParameters,
                  MultivaluedMap<String, String> query, HttpHeaders headers, byte[] body, Caller caller) {
        this.revision = revision;
        this.method = method;
        this.path = path;
        this.pathParameters = pathParameters;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.caller = caller;
    }

    @Override
    public HttpMethod method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String pathParam(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter " + name);
        }
        return value;
    }

    @Override
    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.getFirst(name));
    }

    @Override
    public List<String> queryParams(String name) {
        List<String> values = query.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getHeaderString(name));
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public <T> T body(Class<T> type) {
        if (body == null || body.length == 0) {
            throw new ProblemException(400, "Missing body", "this request needs a JSON body", Map.of());
        }
        T value;
        try {
            value = revision.jsonb().fromJson(new String(body, StandardCharsets.UTF_8), type);
        } catch (JsonbException e) {
            throw new ProblemException(400, "Malformed body", "the body is not JSON of the expected shape",
                    Map.of());
        }
        if (value == null) {
            throw new ProblemException(400, "Missing body", "this request needs a JSON body", Map.of());
        }
        Map<String, String> fields = revision.validation().violations(value, caller.locale());
        if (!fields.isEmpty()) {
            throw new ProblemException(FieldErrors.STATUS, "Invalid input", "some fields are invalid: "
                    + String.join(", ", fields.keySet()), fields);
        }
        return value;
    }

    @Override
    public EntityManager entityManager() {
        if (entityManager == null) {
            if (revision.persistence() == null) {
                throw new IllegalStateException("plugin " + revision.archive().pluginId() + " has no entity classes");
            }
            entityManager = revision.persistence().createEntityManager();
            entityManager.getTransaction().begin();
        }
        return entityManager;
    }

    /**
     * Ends the request's transaction.
     *
     * @param success whether to commit (else roll back)
     * @throws RuntimeException if the commit fails; the transaction is rolled back
     */
    void complete(boolean success) {
        if (entityManager == null) {
            return;
        }
        try {
            if (success && entityManager.getTransaction().isActive()
                    && !entityManager.getTransaction().getRollbackOnly()) {
                entityManager.getTransaction().commit();
            }
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }
}
