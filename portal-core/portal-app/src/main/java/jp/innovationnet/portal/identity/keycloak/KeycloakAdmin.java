package jp.innovationnet.portal.identity.keycloak;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * Keycloak's Admin REST API for one realm, as the {@code portal-service} service account (client credentials; the
 * token is reused until shortly before it expires). Plain HTTP (the JDK's client) and JSON-P: no second JAX-RS
 * implementation in the WAR (keycloak-admin-client brings RESTEasy, which Liberty's own JAX-RS must not meet).
 * Thread-safe. Every call either returns what Keycloak answered or throws {@link KeycloakException}.
 */
public class KeycloakAdmin {

    private final URI adminBase;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Duration timeout;
    private final HttpClient http;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /**
     * @param keycloakUrl  Keycloak's base URL, e.g. {@code http://localhost:8180}
     * @param realm        the realm
     * @param clientId     the service account's client
     * @param clientSecret its secret
     * @param timeout      connect and request timeout
     */
    public KeycloakAdmin(String keycloakUrl, String realm, String clientId, String clientSecret, Duration timeout) {
        String base = keycloakUrl.strip().replaceAll("/+$", "");
        this.adminBase = URI.create(base + "/admin/realms/" + realm + "/");
        this.tokenEndpoint = URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @param path a path below the realm's admin URL, e.g. {@code organizations} @return its JSON */
    public JsonStructure get(String path) {
        HttpResponse<String> response = send("GET", path, null, null);
        return parse(response.body());
    }

    /**
     * @param path a path below the realm's admin URL
     * @return its JSON, or empty on 404
     */
    public Optional<JsonStructure> find(String path) {
        HttpResponse<String> response = send("GET", path, null, 404);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(parse(response.body()));
    }

    /**
     * @param path a collection
     * @param body the JSON to post (an object, or a bare JSON string as Keycloak wants for some links)
     * @return the response (2xx, or 409 when {@code acceptConflict})
     */
    public HttpResponse<String> post(String path, JsonValue body, boolean acceptConflict) {
        return send("POST", path, body.toString(), acceptConflict ? 409 : null);
    }

    /** @param path a resource @param body its new JSON */
    public void put(String path, JsonValue body) {
        send("PUT", path, body.toString(), null);
    }

    /**
     * @param path a resource
     * @param form form fields (e.g. the organization invitation's {@code email}, {@code firstName})
     */
    public void postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        sendRaw("POST", path, body, "application/x-www-form-urlencoded", null);
    }

    /** @param path a resource to remove; 404 counts as removed @return whether it was there */
    public boolean delete(String path) {
        return send("DELETE", path, null, 404).statusCode() != 404;
    }

    /**
     * DELETE with a JSON body (Keycloak's role mappings are removed that way).
     *
     * @param path the collection
     * @param body what to remove
     */
    public void delete(String path, JsonValue body) {
        send("DELETE", path, body.toString(), null);
    }

    /** @param value a query parameter value @return it URL-encoded */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @param body JSON text @return it parsed; an empty object for an empty body */
    public static JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** @param path a collection @return its JSON array */
    public JsonArray list(String path) {
        return (JsonArray) get(path);
    }

    private HttpResponse<String> send(String method, String path, String json, Integer alsoAccepted) {
        return sendRaw(method, path, json, "application/json", alsoAccepted);
    }

    private HttpResponse<String> sendRaw(String method, String path, String body, String contentType,
                                         Integer alsoAccepted) {
        HttpResponse<String> response = exchange(method, path, body, contentType, bearer());
        if (response.statusCode() == 401) {
            synchronized (this) {
                tokenExpires = Instant.EPOCH;
            }
            response = exchange(method, path, body, contentType, bearer());
        }
        int status = response.statusCode();
        if (status / 100 != 2 && (alsoAccepted == null || status != alsoAccepted)) {
            throw new KeycloakException(method + " " + path + " answered " + status + ": "
                    + abbreviate(response.body()), status, null);
        }
        return response;
    }

    private HttpResponse<String> exchange(String method, String path, String body, String contentType,
                                          String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(adminBase.resolve(path)).timeout(timeout)
                .header("Authorization", bearer).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return call(request.build(), method + " " + path);
    }

    private synchronized String bearer() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return "Bearer " + token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientSecret);
        HttpResponse<String> response = call(HttpRequest.newBuilder(tokenEndpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "token for " + clientId);
        if (response.statusCode() != 200) {
            throw new KeycloakException("Keycloak refused a token to " + clientId + ": " + response.statusCode()
                    + " " + abbreviate(response.body()), response.statusCode(), null);
        }
        JsonObject json = (JsonObject) parse(response.body());
        token = json.getString("access_token");
        tokenExpires = Instant.now().plusSeconds(Math.max(5, json.getInt("expires_in", 60) - 20L));
        return "Bearer " + token;
    }

    private HttpResponse<String> call(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeycloakException(what + ": Keycloak unreachable (" + e + ")", 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakException(what + ": interrupted", 0, e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
