package jp.innovationnet.portal.plugin.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;

/**
 * A request to a plugin's route as its handler sees it, the same in the portal's host and in the plugin test kit:
 * path parameters, query, headers, the caller, and the body read with the plugin's JSON mapper and validated in the
 * caller's language (400 when it is missing or not JSON of the shape, 422 naming each field at fault). Where the
 * entity manager comes from is the subclass's.
 */
public abstract class ReceivedRequest implements RouteRequest {

    private final HttpMethod method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> query;
    private final Function<String, Optional<String>> headers;
    private final byte[] body;
    private final Caller caller;
    private final Jsonb jsonb;
    private final BodyValidation validation;

    /**
     * @param method         the method
     * @param path           the path below the plugin, starting with '/'
     * @param pathParameters the route's parameters, decoded
     * @param query          the query parameters, decoded, with their values in order
     * @param headers        a header's first value by name, in any case
     * @param body           the body; empty for none
     * @param caller         who calls
     * @param jsonb          the plugin's JSON mapper
     * @param validation     the plugin's body validation
     */
    protected ReceivedRequest(HttpMethod method, String path, Map<String, String> pathParameters,
                              Map<String, List<String>> query, Function<String, Optional<String>> headers,
                              byte[] body, Caller caller, Jsonb jsonb, BodyValidation validation) {
        this.method = method;
        this.path = path;
        this.pathParameters = pathParameters;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.caller = caller;
        this.jsonb = jsonb;
        this.validation = validation;
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
        return queryParams(name).stream().findFirst();
    }

    @Override
    public List<String> queryParams(String name) {
        return List.copyOf(query.getOrDefault(name, List.of()));
    }

    @Override
    public Optional<String> header(String name) {
        return headers.apply(name);
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public <T> T body(Class<T> type) {
        T value = null;
        if (body.length > 0) {
            try {
                value = jsonb.fromJson(new String(body, StandardCharsets.UTF_8), type);
            } catch (JsonbException e) {
                throw UnreadableBody.problem(e, caller.locale());
            }
        }
        if (value == null) {
            throw new ProblemException(400, "Missing body", KitWording.BODY_NEEDED.in(caller.locale()), Map.of());
        }
        Map<String, String> fields = validation.violations(value, caller.locale());
        if (!fields.isEmpty()) {
            throw new ProblemException(FieldErrors.STATUS, "Invalid input", "some fields are invalid: "
                    + String.join(", ", fields.keySet()), fields);
        }
        return value;
    }
}
