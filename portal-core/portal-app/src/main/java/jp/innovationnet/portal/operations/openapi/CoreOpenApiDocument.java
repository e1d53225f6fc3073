package jp.innovationnet.portal.operations.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The core OpenAPI document, as Liberty's mpOpenAPI generates it from the core's JAX-RS resources and serves it at
 * {@code /openapi-core}. Liberty builds that document once per application start and runs OASFilters only then, so it
 * cannot follow plugins that come and go; the portal fetches it once over the loopback and merges plugin routes into
 * it on each request (see {@link OpenApiMerger}).
 */
@ApplicationScoped
public class CoreOpenApiDocument {

    /** Where Liberty serves the core document: {@code mpOpenAPI docPath} in operations.xml. */
    static final String DOC_PATH = "/openapi-core";

    @Inject
    @ConfigProperty(name = "portal.openapi.core-url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "9080")
    int httpPort;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * The core document and the origin it was fetched from (Liberty fills {@code servers} from the request's host).
     *
     * @param document the document
     * @param origin   scheme, host and port it was fetched from, e.g. {@code http://127.0.0.1:9080}
     */
    public record Fetched(JsonObject document, String origin) {
    }

    private volatile Fetched document;

    /**
     * @param localAddress the address the current request arrived on (reachable from this server)
     * @param localPort    the port it arrived on
     * @param secure       whether it arrived over TLS (then the plain HTTP port is used)
     * @return the core document
     * @throws IOException if Liberty does not serve it
     */
    public Fetched get(String localAddress, int localPort, boolean secure) throws IOException {
        Fetched loaded = document;
        if (loaded == null) {
            synchronized (this) {
                loaded = document;
                if (loaded == null) {
                    URI uri = configuredUrl.map(URI::create)
                            .orElseGet(() -> loopbackUri(localAddress, secure ? httpPort : localPort));
                    loaded = new Fetched(fetch(uri), uri.getScheme() + "://" + uri.getRawAuthority());
                    document = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * @param address an IP address or host name
     * @param port    the HTTP port
     * @return the URI of Liberty's core document on that address
     */
    static URI loopbackUri(String address, int port) {
        String host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
        return URI.create("http://" + host + ":" + port + DOC_PATH);
    }

    private JsonObject fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("Core OpenAPI document at " + uri + " answered HTTP " + response.statusCode());
                }
                try (JsonReader reader = Json.createReader(body)) {
                    return reader.readObject();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + uri, e);
        } catch (RuntimeException e) {
            throw new IOException("Core OpenAPI document at " + uri + " is not JSON: " + e.getMessage(), e);
        }
    }
}
