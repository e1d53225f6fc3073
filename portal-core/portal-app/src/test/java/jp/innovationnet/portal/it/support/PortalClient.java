package jp.innovationnet.portal.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/** Talks HTTP to the portal under test, as a program would: optionally with a bearer token. */
public final class PortalClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Optional<String> token;

    private PortalClient(URI base, Optional<String> token) {
        this.base = base;
        this.token = token;
    }

    /** @return an anonymous client of the test server */
    public static PortalClient anonymous() {
        return new PortalClient(URI.create("http://localhost:" + System.getProperty("it.http.port", "19080")),
                Optional.empty());
    }

    /** @param base another server's base URI (e.g. a {@link SpareServer}'s) @return an anonymous client of it */
    public static PortalClient at(URI base) {
        return new PortalClient(base, Optional.empty());
    }

    /** @param user a demo user @return a client calling with the user's access token */
    public static PortalClient as(DemoUser user) {
        return anonymous().withToken(Tokens.accessToken(user));
    }

    /** @param accessToken a bearer token @return a client calling with it */
    public PortalClient withToken(String accessToken) {
        return new PortalClient(base, Optional.of(accessToken));
    }

    /** @return the server's base URI */
    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** @param language the {@code Accept-Language} to send, e.g. {@code en} */
    public HttpResponse<String> get(String path, String language) {
        return send(request(path).header("Accept-Language", language).GET());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends the body in chunks, without a {@code Content-Length}. */
    public HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    public HttpResponse<String> putBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** @param response a response with a JSON body @return the body parsed */
    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
