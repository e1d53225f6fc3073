package jp.innovationnet.portal.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Measures a plugin route against the equivalent core route on a running portal, in the same run and the same
 * conditions: {@code GET /api/me} (core) and {@code GET /api/plugins/notes/me} (the sample plugin), both returning
 * the caller as JSON for the same bearer token. Both routes first warm the server up (JIT) for
 * {@code 2 * warmup} s each; then each round measures both, each after a short warm-up of its own, alternating
 * which goes first so that drift in the machine hits both alike. Prints throughput, p50/p90/p99/max latency and
 * the plugin/core throughput ratio.
 *
 * <p>Settings (system properties): {@code portal.url} (http://localhost:9080), {@code keycloak.url}
 * (http://localhost:8180), {@code realm} (innovation-net), {@code user} / {@code password} (a demo user),
 * {@code clients} (32), {@code seconds} (15 per timed run), {@code warmup} (5), {@code rounds} (3).
 */
public final class RouteBenchmark {

    /**
     * One measured route.
     *
     * @param name a label
     * @param path the request path
     */
    record Target(String name, String path) {
    }

    /**
     * What one timed run measured.
     *
     * @param requests  completed requests
     * @param errors    responses other than 200, or failures
     * @param seconds   the run's length
     * @param histogram latencies in microseconds
     */
    record Result(long requests, long errors, double seconds, Histogram histogram) {

        double throughput() {
            return requests / seconds;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RouteBenchmark() {
    }

    /** @param args unused; see the class comment for settings */
    public static void main(String[] args) throws Exception {
        URI portal = URI.create(System.getProperty("portal.url", "http://localhost:9080"));
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 15);
        int warmup = Integer.getInteger("warmup", 5);
        int rounds = Integer.getInteger("rounds", 3);
        String token = token();
        Target core = new Target("core   GET /api/me", "/api/me");
        Target plugin = new Target("plugin GET /api/plugins/notes/me", "/api/plugins/notes/me");
        for (Target target : List.of(core, plugin)) {
            HttpResponse<String> probe = get(portal, target.path(), token);
            if (probe.statusCode() != 200) {
                throw new IllegalStateException(target.path() + " answers " + probe.statusCode() + ": " + probe.body());
            }
        }
        System.out.printf(Locale.ROOT, "Route benchmark: %d clients, %d s per run after %d s warm-up, %d rounds%n",
                clients, seconds, warmup, rounds);
        Histogram coreAll = new Histogram(3);
        Histogram pluginAll = new Histogram(3);
        long coreRequests = 0;
        long pluginRequests = 0;
        double coreSeconds = 0;
        double pluginSeconds = 0;
        long errors = 0;
        for (Target target : List.of(core, plugin)) {
            run(portal, target, token, clients, 2 * warmup);
        }
        for (int round = 1; round <= rounds; round++) {
            for (Target target : round % 2 == 1 ? List.of(core, plugin) : List.of(plugin, core)) {
                run(portal, target, token, clients, warmup);
                Result result = run(portal, target, token, clients, seconds);
                print("round " + round + " " + target.name(), result);
                errors += result.errors();
                if (target == core) {
                    coreAll.add(result.histogram());
                    coreRequests += result.requests();
                    coreSeconds += result.seconds();
                } else {
                    pluginAll.add(result.histogram());
                    pluginRequests += result.requests();
                    pluginSeconds += result.seconds();
                }
            }
        }
        Result coreTotal = new Result(coreRequests, 0, coreSeconds, coreAll);
        Result pluginTotal = new Result(pluginRequests, 0, pluginSeconds, pluginAll);
        System.out.println();
        print("TOTAL " + core.name(), coreTotal);
        print("TOTAL " + plugin.name(), pluginTotal);
        System.out.printf(Locale.ROOT, "plugin/core throughput ratio: %.3f (target >= 0.9); errors: %d%n",
                pluginTotal.throughput() / coreTotal.throughput(), errors);
    }

    private static Result run(URI portal, Target target, String token, int clients, int seconds) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long begin = System.nanoTime();
                        try {
                            if (get(portal, target.path(), token).statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - begin) / 1_000));
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(requests.get(), errors.get(), elapsed, recorder.getIntervalHistogram());
    }

    private static void print(String label, Result result) {
        Histogram h = result.histogram();
        System.out.printf(Locale.ROOT,
                "%-48s %9.1f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%d requests, %d errors)%n",
                label, result.throughput(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, result.requests(), result.errors());
    }

    private static HttpResponse<String> get(URI portal, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token for the benchmark's user: the password grant of the dev-only portal-cli client. */
    private static String token() throws Exception {
        String keycloak = System.getProperty("keycloak.url", "http://localhost:8180");
        String realm = System.getProperty("realm", "innovation-net");
        String form = "grant_type=password&client_id=portal-cli"
                + "&username=" + encode(System.getProperty("user", "tama.staff"))
                + "&password=" + encode(System.getProperty("password", "portal-demo"))
                + "&scope=" + encode("openid organization:*");
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
