package jp.innovationnet.portal.operations.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Fetches from a real HTTP server on the loopback standing in for Liberty's {@code /openapi-core}. */
class CoreOpenApiDocumentTest {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile int status = 200;
    private volatile String acceptSeen;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/openapi-core", exchange -> {
            hits.incrementAndGet();
            acceptSeen = exchange.getRequestHeaders().getFirst("Accept");
            byte[] body = "{\"openapi\":\"3.0.3\",\"paths\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private CoreOpenApiDocument document() {
        CoreOpenApiDocument document = new CoreOpenApiDocument();
        document.configuredUrl = Optional.empty();
        document.httpPort = server.getAddress().getPort();
        return document;
    }

    @Test
    void fetchesJsonOnceAndKeepsIt() throws IOException {
        CoreOpenApiDocument document = document();
        int port = server.getAddress().getPort();
        CoreOpenApiDocument.Fetched first = document.get("127.0.0.1", port, false);
        CoreOpenApiDocument.Fetched second = document.get("127.0.0.1", port, false);
        assertThat(first.document().getString("openapi")).isEqualTo("3.0.3");
        assertThat(first.origin()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(second).isSameAs(first);
        assertThat(hits).hasValue(1);
        assertThat(acceptSeen).isEqualTo("application/json");
    }

    @Test
    void usesThePlainHttpPortForTlsRequests() throws IOException {
        CoreOpenApiDocument.Fetched fetched = document().get("127.0.0.1", 1, true);
        assertThat(fetched.origin()).isEqualTo("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void failsAndRetriesLaterWhenLibertyDoesNotServeIt() throws IOException {
        CoreOpenApiDocument document = document();
        int port = server.getAddress().getPort();
        status = 404;
        assertThatThrownBy(() -> document.get("127.0.0.1", port, false)).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 404");
        status = 200;
        assertThat(document.get("127.0.0.1", port, false).document().getString("openapi")).isEqualTo("3.0.3");
    }

    @Test
    void bracketsIpv6Addresses() {
        assertThat(CoreOpenApiDocument.loopbackUri("0:0:0:0:0:0:0:1", 9080))
                .hasToString("http://[0:0:0:0:0:0:0:1]:9080/openapi-core");
        assertThat(CoreOpenApiDocument.loopbackUri("127.0.0.1", 9080)).hasToString("http://127.0.0.1:9080/openapi-core");
    }
}
