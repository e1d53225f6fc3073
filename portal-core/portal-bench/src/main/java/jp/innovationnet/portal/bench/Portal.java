package jp.innovationnet.portal.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;

/**
 * The running portal as the benchmarks call it: bearer tokens of demo users from its Keycloak (the password grant of
 * the dev-only {@code portal-cli} client) and plain HTTP requests. Settings (system properties): {@code portal.url}
 * (http://localhost:9080), {@code keycloak.url} (http://localhost:8180), {@code realm} (innovation-net).
 */
final class Portal {

    /**
     * HTTP/1.1, one connection per client: over h2c (the JDK client's default) 32 clients multiplexed on one
     * connection stalled for good on responses of some 20 KB (requests hung past their timeout).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base = URI.create(System.getProperty("portal.url", "http://localhost:9080"));

    /** @return the portal's base URI */
    URI base() {
        return base;
    }

    /** @param token a bearer token; null for a visitor who has not logged in */
    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String contentType, byte[] body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** @param request a request to another server (Keycloak's admin API) @return its answer, as text */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param user     a demo user
     * @param password the password
     * @return a bearer token for the user (valid for the realm's access token lifespan, 5 minutes)
     */
    static String token(String user, String password) throws Exception {
        String keycloak = System.getProperty("keycloak.url", "http://localhost:8180");
        String realm = System.getProperty("realm", "innovation-net");
        String form = "grant_type=password&client_id=portal-cli&username=" + encode(user) + "&password="
                + encode(password) + "&scope=" + encode("openid organization:*");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token from Keycloak: " + response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    /**
     * A demo user's bearer token for runs longer than its lifespan: fetched again after four minutes.
     */
    static final class Login {
        private static final long REFRESH_NANOS = Duration.ofMinutes(4).toNanos();
        private final String user;
        private final String password;
        private String token;
        private long fetchedAt;

        /** @param user a demo user @param password the password */
        Login(String user, String password) {
            this.user = user;
            this.password = password;
        }

        /** @return a token that is valid for at least one more minute */
        synchronized String token() throws Exception {
            if (token == null || System.nanoTime() - fetchedAt > REFRESH_NANOS) {
                token = Portal.token(user, password);
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** @throws IllegalStateException naming what was done and the answer, unless the status is the one expected */
    static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    /**
     * Waits up to a minute for a plugin's route to answer 200 to a visitor (the portal starts plugins after it is
     * ready).
     *
     * @param path a public route of the plugin
     */
    void awaitPlugin(String path) throws Exception {
        awaitPlugin(path, 60);
    }

    /**
     * @param path    a public route of the plugin
     * @param seconds how long to wait at most (a plugin's migrations on a kept database may take minutes)
     */
    void awaitPlugin(String path, int seconds) throws Exception {
        for (int i = 0; get(path, null).statusCode() != 200; i++) {
            if (i == seconds * 2) {
                throw new IllegalStateException("the plugin does not answer at " + path);
            }
            Thread.sleep(500);
        }
    }
}
