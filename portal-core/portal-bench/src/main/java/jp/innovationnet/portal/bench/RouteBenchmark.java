package jp.innovationnet.portal.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * Measures a plugin route against the equivalent core route on a running portal, in the same run and the same
 * conditions: {@code GET /api/me} (core) and {@code GET /api/plugins/contract/me} (the contract fixture, a test
 * plugin), both returning the caller as JSON for the same bearer token. Both routes first warm the server up (JIT) for
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

    private RouteBenchmark() {
    }

    /** @param args unused; see the class comment for settings */
    public static void main(String[] args) throws Exception {
        Portal portal = new Portal();
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 15);
        int warmup = Integer.getInteger("warmup", 5);
        int rounds = Integer.getInteger("rounds", 3);
        String token = Portal.token(System.getProperty("user", "tama.staff"), System.getProperty("password", "portal-demo"));
        Target core = new Target("core   GET /api/me", "/api/me");
        Target plugin = new Target("plugin GET /api/plugins/contract/me", "/api/plugins/contract/me");
        for (Target target : List.of(core, plugin)) {
            HttpResponse<String> probe = portal.get(target.path(), token);
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
                Load.Result result = run(portal, target, token, clients, seconds);
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
        Load.Result coreTotal = new Load.Result(coreRequests, 0, coreSeconds, coreAll);
        Load.Result pluginTotal = new Load.Result(pluginRequests, 0, pluginSeconds, pluginAll);
        System.out.println();
        print("TOTAL " + core.name(), coreTotal);
        print("TOTAL " + plugin.name(), pluginTotal);
        System.out.printf(Locale.ROOT, "plugin/core throughput ratio: %.3f (target >= 0.9); errors: %d%n",
                pluginTotal.throughput() / coreTotal.throughput(), errors);
    }

    private static Load.Result run(Portal portal, Target target, String token, int clients, int seconds)
            throws Exception {
        return Load.run(clients, seconds, worker -> portal.get(target.path(), token).statusCode() == 200);
    }

    private static void print(String label, Load.Result result) {
        System.out.println(result.line(label));
    }
}
