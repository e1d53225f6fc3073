package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.ServerJmx;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates under load: requests during an update get the old or the new version, never an error; and after many
 * updates no retired revision's class loader stays in memory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginUpdateIT {

    private static final Duration SCAN = Duration.ofSeconds(30);
    private static final String HOST_MBEAN = "jp.innovationnet.portal:type=PluginHost";

    private final PortalClient portal = PortalClient.anonymous();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterEach
    void removePlugin() {
        PluginBundles.remove("contract");
        Await.until("contract fixture removed", SCAN, () -> portal.get("/api/plugins/contract/about").statusCode() == 404);
    }

    @Test
    void requestsDuringUpdatesGetTheOldOrTheNewVersion() throws Exception {
        install("1.0.0.v0");
        AtomicBoolean updating = new AtomicBoolean(true);
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> load = java.util.stream.IntStream.range(0, 8).<Future<?>>mapToObj(i -> clients.submit(() -> {
                while (updating.get()) {
                    HttpResponse<String> response = portal.get("/api/plugins/contract/about");
                    String answer = response.statusCode() == 200
                            ? ((JsonObject) PortalClient.json(response)).getString("version")
                            : "HTTP " + response.statusCode();
                    answers.merge(answer, 1, Integer::sum);
                }
            })).toList();
            for (int i = 1; i <= 5; i++) {
                install("1.0.0.v" + i);
            }
            updating.set(false);
            for (Future<?> client : load) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(answers.keySet()).as("answers seen during updates: %s", answers)
                .allMatch(answer -> answer.startsWith("1.0.0.v"));
        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(50);
    }

    @Test
    void twentyUpdatesLeaveNoRetiredClassLoaderInMemory() {
        for (int cycle = 1; cycle <= 20; cycle++) {
            install("2.0.0.c" + cycle);
            // Touch everything a request touches: routing, JSON, the plugin's own code.
            assertThat(portal.get("/api/plugins/contract/about").statusCode()).isEqualTo(200);
            assertThat(portal.get("/api/plugins/contract/notes").statusCode()).isEqualTo(401);
        }
        try (ServerJmx jmx = ServerJmx.connect()) {
            // other plugins retired earlier in the run are not this test's subject: the fixture's revisions are
            Await.until("retired class loaders of the fixture collected", Duration.ofSeconds(60), () -> {
                jmx.gc();
                return !Arrays.asList((String[]) jmx.attribute(HOST_MBEAN, "PluginsWithRetiredClassLoadersInMemory"))
                        .contains("contract");
            });
            assertThat(((Number) jmx.attribute(HOST_MBEAN, "ActivePlugins")).intValue()).isEqualTo(1);
        }
    }

    private void install(String version) {
        PluginBundles.drop("contract", PluginBundles.withVersion(PluginBundles.contract(), version));
        Await.until("contract fixture " + version + " active", SCAN, () -> {
            HttpResponse<String> response = portal.get("/api/plugins/contract/about");
            return response.statusCode() == 200
                    && version.equals(((JsonObject) PortalClient.json(response)).getString("version"));
        });
    }
}
