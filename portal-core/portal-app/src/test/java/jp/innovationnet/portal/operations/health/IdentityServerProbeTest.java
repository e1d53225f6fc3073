package jp.innovationnet.portal.operations.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** Probes a real HTTP server on the loopback standing in for Keycloak's discovery endpoint. */
class IdentityServerProbeTest {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile int status = 200;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/innovation-net/.well-known/openid-configuration", exchange -> {
            hits.incrementAndGet();
            byte[] body = "{\"issuer\":\"x\"}".getBytes(StandardCharsets.UTF_8);
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

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void buildsDiscoveryUri() {
        assertThat(IdentityServerProbe.discoveryUri("http://localhost:8180/", "innovation-net"))
                .hasToString("http://localhost:8180/realms/innovation-net/.well-known/openid-configuration");
        assertThat(IdentityServerProbe.discoveryUri(" https://id.example.jp/auth ", "my realm"))
                .hasToString("https://id.example.jp/auth/realms/my%20realm/.well-known/openid-configuration");
        assertThatThrownBy(() -> IdentityServerProbe.discoveryUri("localhost:8180", "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsReachableServer() {
        IdentityServerProbe probe = new IdentityServerProbe(baseUrl(), "innovation-net", Duration.ofSeconds(2),
                Duration.ZERO, Clock.systemUTC());
        IdentityServerProbe.Result result = probe.check();
        assertThat(result.reachable()).isTrue();
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.error()).isNull();
    }

    @Test
    void reportsUnknownRealmAsUnreachable() {
        IdentityServerProbe probe = new IdentityServerProbe(baseUrl(), "no-such-realm", Duration.ofSeconds(2),
                Duration.ZERO, Clock.systemUTC());
        IdentityServerProbe.Result result = probe.check();
        assertThat(result.reachable()).isFalse();
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.error()).isEqualTo("HTTP 404");
    }

    @Test
    void reportsClosedPortWithinTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        IdentityServerProbe probe = new IdentityServerProbe("http://127.0.0.1:" + closedPort, "innovation-net",
                Duration.ofMillis(500), Duration.ZERO, Clock.systemUTC());
        IdentityServerProbe.Result result = probe.check();
        assertThat(result.reachable()).isFalse();
        assertThat(result.httpStatus()).isZero();
        assertThat(result.error()).contains("ConnectException");
        assertThat(result.latencyMs()).isLessThan(2_000);
    }

    @Test
    void reusesResultWithinCacheTime() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:00:00Z"));
        IdentityServerProbe probe = new IdentityServerProbe(baseUrl(), "innovation-net", Duration.ofSeconds(2),
                Duration.ofSeconds(10), clock);
        probe.check();
        clock.now = clock.now.plusSeconds(9);
        probe.check();
        assertThat(hits).hasValue(1);

        status = 503;
        clock.now = clock.now.plusSeconds(1);
        IdentityServerProbe.Result result = probe.check();
        assertThat(hits).hasValue(2);
        assertThat(result.reachable()).isFalse();
        assertThat(result.httpStatus()).isEqualTo(503);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
