package jp.innovationnet.portal.plugin.host.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;
import jp.innovationnet.portal.plugin.host.revision.PluginTransaction;

/** A request as a plugin's handler sees it, valid while the handler runs. */
final class ExchangeRequest implements RouteRequest {

    private final PluginRevision revision;
    private final Inbound inbound;
    private final Caller caller;
    private final Map<String, String> pathParameters;
    private final PluginTransaction transaction;

    ExchangeRequest(PluginRevision revision, Inbound inbound, Caller caller, Map<String, String> pathParameters,
                    PluginTransaction transaction) {
        this.revision = revision;
        this.inbound = inbound;
        this.caller = caller;
        this.pathParameters = pathParameters;
        this.transaction = transaction;
    }

    @Override
    public HttpMethod method() {
        return inbound.method();
    }

    @Override
    public String path() {
        return inbound.path();
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
        return queryParams(name).stream().findFirst();
    }

    @Override
    public List<String> queryParams(String name) {
        return List.copyOf(inbound.query().getOrDefault(name, List.of()));
    }

    @Override
    public Optional<String> header(String name) {
        return inbound.header().apply(name);
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public <T> T body(Class<T> type) {
        byte[] body = inbound.body();
        T value = null;
        if (body.length > 0) {
            try {
                value = revision.jsonb().fromJson(new String(body, StandardCharsets.UTF_8), type);
            } catch (JsonbException e) {
                throw new ProblemException(400, "Malformed body", "the body is not JSON of the expected shape",
                        Map.of());
            }
        }
        if (value == null) {
            throw new ProblemException(400, "Missing body", "this request needs a JSON body", Map.of());
        }
        Map<String, String> fields = revision.validation().violations(value, caller().locale());
        if (!fields.isEmpty()) {
            throw new ProblemException(FieldErrors.STATUS, "Invalid input", "some fields are invalid: "
                    + String.join(", ", fields.keySet()), fields);
        }
        return value;
    }

    @Override
    public EntityManager entityManager() {
        return transaction.entityManager();
    }
}
