package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat manages plugins through the API; bad uploads and failing plugins are explained, not installed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginApiIT {

    private static final String JAR = "application/java-archive";

    private final PortalClient anonymous = PortalClient.anonymous();
    private final PortalClient secretariat = as(DemoUser.SECRETARIAT);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The plugin list is this class's subject: it starts from an empty one, without the run's shared plugins. */
    @BeforeAll
    static void withoutOtherPlugins() {
        PluginBundles.uninstallAll(as(DemoUser.SECRETARIAT));
    }

    @AfterEach
    void removePlugins() {
        for (String id : new String[] {"contract", "failing"}) {
            secretariat.delete("/api/plugins/" + id);
        }
        Await.until("plugins removed", Duration.ofSeconds(30),
                () -> secretariat.get("/api/plugins").body().equals("[]"));
    }

    @Test
    void onlyTheSecretariatManagesPlugins() {
        assertProblem(anonymous.get("/api/plugins"), 401);
        assertProblem(as(DemoUser.MEMBER_ADMIN).get("/api/plugins"), 403);
        assertProblem(as(DemoUser.STEERING_AGENCY).postBytes("/api/plugins", JAR, PluginBundles.contract()), 403);
        assertProblem(as(DemoUser.MEMBER_STAFF).putBytes("/api/plugins/contract", JAR, PluginBundles.contract()), 403);
        assertProblem(as(DemoUser.COORDINATOR).delete("/api/plugins/contract"), 403);
        assertProblem(anonymous.postBytes("/api/plugins", JAR, PluginBundles.contract()), 401);
        assertThat(secretariat.get("/api/plugins").statusCode()).isEqualTo(200);
        assertThat(secretariat.get("/api/plugins").body()).isEqualTo("[]");
    }

    @Test
    void secretariatInstallsUpdatesAndRemovesAPlugin() {
        HttpResponse<String> installed = secretariat.postBytes("/api/plugins", JAR,
                PluginBundles.withVersion(PluginBundles.contract(), "1.0.0.api"));
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
        assertThat(installed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/plugins/contract"));
        JsonObject view = (JsonObject) PortalClient.json(installed);
        assertThat(view.getString("state")).isEqualTo("ACTIVE");
        assertThat(view.getString("version")).isEqualTo("1.0.0.api");
        assertThat(view.getJsonArray("routes").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("path")).isEqualTo("/api/plugins/contract/notes/{id}"));
        assertThat(view.getJsonArray("navigation").getJsonObject(0).getString("labelJa")).isEqualTo("メモ");
        assertThat(anonymous.get("/api/plugins/contract/about").body()).contains("1.0.0.api");

        JsonArray listed = (JsonArray) PortalClient.json(secretariat.get("/api/plugins"));
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("id")).isEqualTo("contract");
        assertThat(listed.getJsonObject(0).getString("name")).isEqualTo("Contract fixture (test plugin)");

        HttpResponse<String> screen = anonymous.get("/plugins/contract/assets/notes.js");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(screen.body()).contains("export async function render");
        HttpResponse<String> climbing = anonymous.get("/plugins/contract/assets/..%2F..%2FMETA-INF%2FMANIFEST.MF");
        assertThat(climbing.statusCode()).isBetween(400, 404);
        assertThat(climbing.body()).doesNotContain("Bundle-SymbolicName");
        assertProblem(anonymous.get("/plugins/contract/assets/missing.js"), 404);
        JsonArray navigation = (JsonArray) PortalClient.json(as(DemoUser.MEMBER_STAFF).get("/api/navigation"));
        assertThat(navigation.getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("labelEn")).isEqualTo("Notes");
            assertThat(entry.getString("href")).isEqualTo("/plugins/contract/assets/notes.js");
        });
        JsonArray visitors = (JsonArray) PortalClient.json(anonymous.get("/api/navigation"));
        assertThat(visitors.getValuesAs(JsonObject.class)).as("visitors see only entries for anyone")
                .extracting(entry -> entry.getString("key")).contains("suggest").doesNotContain("notes");

        HttpResponse<String> again = secretariat.postBytes("/api/plugins", JAR, PluginBundles.contract());
        assertProblem(again, 409);

        HttpResponse<String> updated = secretariat.putBytes("/api/plugins/contract", JAR,
                PluginBundles.withVersion(PluginBundles.contract(), "1.1.0.api"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(anonymous.get("/api/plugins/contract/about").body()).contains("1.1.0.api");

        assertThat(secretariat.delete("/api/plugins/contract").statusCode()).isEqualTo(204);
        assertProblem(anonymous.get("/api/plugins/contract/about"), 404);
        assertProblem(secretariat.delete("/api/plugins/contract"), 404);
        assertProblem(anonymous.get("/plugins/contract/assets/notes.js"), 404);
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/navigation").body()).isEqualTo("[]");
        assertProblem(secretariat.putBytes("/api/plugins/contract", JAR, PluginBundles.contract()), 404);
    }

    @Test
    void badUploadsAreRejectedNamingWhatIsWrong() {
        assertField(secretariat.postBytes("/api/plugins", JAR, "not a jar at all".getBytes()), 422, "file");
        assertField(secretariat.postBytes("/api/plugins", JAR,
                PluginBundles.withHeader(PluginBundles.contract(), "Portal-Plugin-Id", "Not An Id")), 422,
                "Portal-Plugin-Id");
        assertField(secretariat.postBytes("/api/plugins", JAR, PluginBundles.withHeader(PluginBundles.contract(),
                "Import-Package", "jp.innovationnet.portal.plugin.api;version=\"[2.0,3)\"")), 422, "Import-Package");
        assertField(secretariat.postBytes("/api/plugins", JAR, new byte[17 * 1024 * 1024]), 413, "file");
        assertField(secretariat.putBytes("/api/plugins/contract", JAR, PluginBundles.failing()), 422,
                "Portal-Plugin-Id");
        assertProblem(secretariat.postBytes("/api/plugins", "text/plain", PluginBundles.contract()), 415);
        assertThat(secretariat.get("/api/plugins").body()).isEqualTo("[]");
    }

    @Test
    void failingPluginsAreListedWithTheirReasonAndTheOthersKeepServing() {
        secretariat.postBytes("/api/plugins", JAR, PluginBundles.contract());

        HttpResponse<String> failing = secretariat.postBytes("/api/plugins", JAR, PluginBundles.failing());
        assertProblem(failing, 422);
        assertThat(failing.body()).contains("refuses to start");
        JsonObject listed = plugin("failing");
        assertThat(listed.getString("state")).isEqualTo("FAILED");
        assertThat(listed.getString("reason")).contains("refuses to start");

        HttpResponse<String> unresolvable = secretariat.putBytes("/api/plugins/failing", JAR, PluginBundles.withHeader(
                PluginBundles.failing(), "Import-Package",
                "jp.innovationnet.portal.plugin.api;version=\"[1.0,2)\",com.example.nowhere"));
        assertProblem(unresolvable, 422);
        assertThat(plugin("failing").getString("reason")).contains("com.example.nowhere");

        assertThat(anonymous.get("/api/plugins/contract/about").statusCode()).isEqualTo(200);
    }

    @Test
    void aFailedMigrationKeepsTheOlderVersionServing() {
        secretariat.postBytes("/api/plugins", JAR, PluginBundles.withVersion(PluginBundles.contract(), "1.0.0.good"));
        byte[] broken = PluginBundles.withEntries(PluginBundles.withVersion(PluginBundles.contract(), "1.0.1.broken"),
                Map.of("db/migration/V2__broken.sql", "CREATE TABLE contract_broken (id BIGINT PRIMARY KEY);\n"
                        + "THIS IS NOT SQL;\n"));

        HttpResponse<String> update = secretariat.putBytes("/api/plugins/contract", JAR, broken);

        assertProblem(update, 422);
        assertThat(update.body()).contains("migration");
        assertThat(anonymous.get("/api/plugins/contract/about").body()).contains("1.0.0.good");
        JsonObject listed = plugin("contract");
        assertThat(listed.getString("state")).isEqualTo("ACTIVE");
        assertThat(listed.getString("version")).isEqualTo("1.0.0.good");
        assertThat(listed.getString("reason")).contains("1.0.1.broken").contains("migration");
        assertThat(PluginBundles.versionOf(PluginBundles.pluginsDir().resolve("contract.jar")))
                .as("the plugins directory keeps the version that works, for the next start").isEqualTo("1.0.0.good");
    }

    private JsonObject plugin(String id) {
        return ((JsonArray) PortalClient.json(secretariat.get("/api/plugins"))).getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(((JsonObject) PortalClient.json(response)).getInt("status")).isEqualTo(status);
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertProblem(response, status);
        assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").containsKey(field))
                .as(response.body()).isTrue();
    }
}
