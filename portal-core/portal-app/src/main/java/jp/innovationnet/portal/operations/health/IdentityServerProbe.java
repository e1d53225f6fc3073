package jp.innovationnet.portal.operations.health;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks whether the identity server (Keycloak) answers the realm's OpenID discovery document, with a short timeout.
 * Results are kept for a while so that frequent probes do not turn into a load on Keycloak or slow every probe.
 */
public class IdentityServerProbe {

    /** What the last probe found. */
    public record Result(URI uri, boolean reachable, int httpStatus, long latencyMs, String error, Instant checkedAt) {
    }

    private final URI uri;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;
    private final HttpClient client;
    private Result last;

    /**
     * @param keycloakUrl the server's base URL, e.g. {@code http://localhost:8180}
     * @param realm       the realm
     * @param timeout     connect and request timeout
     * @param cacheFor    how long a result is reused
     * @param clock       the clock
     */
    public IdentityServerProbe(String keycloakUrl, String realm, Duration timeout, Duration cacheFor, Clock clock) {
        this.uri = discoveryUri(keycloakUrl, realm);
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param keycloakUrl the server's base URL, with or without a trailing slash
     * @param realm       the realm name
     * @return {@code {keycloakUrl}/realms/{realm}/.well-known/openid-configuration}
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
     */
    public static URI discoveryUri(String keycloakUrl, String realm) {
        String base = keycloakUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri = URI.create(base + "/realms/" + URLEncoder.encode(realm.strip(), StandardCharsets.UTF_8).replace("+", "%20")
                + "/.well-known/openid-configuration");
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Not an http(s) URL: " + keycloakUrl);
        }
        return uri;
    }

    /** @return the discovery document's URI */
    public URI uri() {
        return uri;
    }

    /** @return a recent result, probing again if the last one is older than the cache time */
    public synchronized Result check() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.checkedAt().plus(cacheFor))) {
            last = probe(now);
        }
        return last;
    }

    private Result probe(Instant now) {
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("Accept", "application/json").build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Result(uri, status == 200, status, millisSince(started),
                    status == 200 ? null : "HTTP " + status, now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(uri, false, 0, millisSince(started), HealthData.describe(e), now);
        } catch (IOException | RuntimeException e) {
            return new Result(uri, false, 0, millisSince(started), HealthData.describe(e), now);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
