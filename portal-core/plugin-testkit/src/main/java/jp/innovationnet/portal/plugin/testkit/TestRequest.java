package jp.innovationnet.portal.plugin.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;

/**
 * A request to one of the plugin's routes, as a test writes it: {@code TestRequest.post("/notes").as(staff)
 * .json("{\"title\": \"…\"}")}. Paths are below {@code /api/plugins/{pluginId}}; the body is JSON text, read by the
 * harness as the portal reads it.
 */
public final class TestRequest {

    private final HttpMethod method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Caller caller = Caller.anonymous(Locale.JAPANESE);
    private String json;

    private TestRequest(HttpMethod method, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route's path starts with '/': " + path);
        }
        this.method = method;
        this.path = path;
    }

    /** @param path the path @return a GET */
    public static TestRequest get(String path) {
        return new TestRequest(HttpMethod.GET, path);
    }

    /** @param path the path @return a POST */
    public static TestRequest post(String path) {
        return new TestRequest(HttpMethod.POST, path);
    }

    /** @param path the path @return a PUT */
    public static TestRequest put(String path) {
        return new TestRequest(HttpMethod.PUT, path);
    }

    /** @param path the path @return a DELETE */
    public static TestRequest delete(String path) {
        return new TestRequest(HttpMethod.DELETE, path);
    }

    /**
     * @param userId         the user
     * @param organizationId the organization they act for; null for none
     * @param locale         their language
     * @param roles          their portal roles in that organization
     * @return a logged-in caller
     */
    public static Caller caller(String userId, String organizationId, Locale locale, String... roles) {
        return new Caller(userId, userId, userId, Optional.of(userId + "@example.jp"), Set.of(roles),
                Optional.ofNullable(organizationId), locale);
    }

    /** @param who who calls (anonymous in Japanese unless set) @return this */
    public TestRequest as(Caller who) {
        this.caller = who;
        return this;
    }

    /** @param name a query parameter @param value one of its values @return this */
    public TestRequest query(String name, String value) {
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** @param name a header @param value its value @return this */
    public TestRequest header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** @param body the JSON body @return this */
    public TestRequest json(String body) {
        this.json = body;
        return this;
    }

    HttpMethod method() {
        return method;
    }

    String path() {
        return path;
    }

    Map<String, List<String>> queryParameters() {
        return query;
    }

    Optional<String> headerValue(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    Caller caller() {
        return caller;
    }

    Optional<String> body() {
        return Optional.ofNullable(json);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
