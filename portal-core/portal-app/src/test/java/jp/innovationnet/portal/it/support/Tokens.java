package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Access tokens for the demo users, from the tests' Keycloak: the password grant of the {@code portal-cli} client
 * (enabled there by {@code PORTAL_CLI_PASSWORD_GRANT=true}, off in production) with scope
 * {@code openid organization:*}. Tokens are cached until shortly before they expire.
 * <pre>{@code
 * HttpRequest.newBuilder(uri).header("Authorization", Tokens.bearer(DemoUser.SECRETARIAT))
 * }</pre>
 */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<DemoUser, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
    }

    private Tokens() {
    }

    /**
     * One caller at a time: when the cached token runs out while many threads send at once (EventsCapacityIT's 300
     * calls), they share one password grant instead of each logging the user in; Keycloak refused some of such
     * concurrent grants for one user with "invalid_grant".
     *
     * @param user a demo user
     * @return an access token for the portal's API
     */
    public static synchronized String accessToken(DemoUser user) {
        Cached cached = CACHE.get(user);
        if (cached != null && Instant.now().isBefore(cached.expires())) {
            return cached.token();
        }
        JsonObject response = request(user);
        Cached fresh = new Cached(response.getString("access_token"),
                Instant.now().plusSeconds(response.getInt("expires_in") - 30L));
        CACHE.put(user, fresh);
        return fresh.token();
    }

    /**
     * @param user a demo user
     * @return the value of an {@code Authorization} header carrying the user's access token
     */
    public static String bearer(DemoUser user) {
        return "Bearer " + accessToken(user);
    }

    private static JsonObject request(DemoUser user) {
        String form = "grant_type=password&client_id=portal-cli"
                + "&username=" + encode(user.username())
                + "&password=" + encode(DemoUser.PASSWORD)
                + "&scope=" + encode("openid organization:*");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(KeycloakSession.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + user.username() + ": " + response.statusCode()
                        + " " + response.body());
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
