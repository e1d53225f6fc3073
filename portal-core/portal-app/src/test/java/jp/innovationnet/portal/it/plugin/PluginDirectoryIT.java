package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.time.Duration;

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

import static org.assertj.core.api.Assertions.assertThat;

/** Installing, updating and removing a plugin by putting its JAR into the plugins directory: no restart. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginDirectoryIT {

    private static final Duration SCAN = Duration.ofSeconds(30);

    private final PortalClient portal = PortalClient.anonymous();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterEach
    void removePlugins() {
        PluginBundles.remove("contract");
        PluginBundles.remove("failing");
        Await.until("plugins removed", SCAN, () -> portal.get("/api/plugins/contract/about").statusCode() == 404);
    }

    @Test
    void droppedJarIsServedUpdatedAndRemovedWithoutRestart() {
        PluginBundles.drop("contract", PluginBundles.withVersion(PluginBundles.contract(), "1.0.0.first"));
        Await.until("contract fixture 1.0.0.first active", SCAN, () -> versionServed().equals("1.0.0.first"));

        PluginBundles.drop("contract", PluginBundles.withVersion(PluginBundles.contract(), "1.1.0.second"));
        Await.until("contract fixture 1.1.0.second active", SCAN, () -> versionServed().equals("1.1.0.second"));

        PluginBundles.remove("contract");
        Await.until("contract fixture removed", SCAN, () -> portal.get("/api/plugins/contract/about").statusCode() == 404);
        HttpResponse<String> gone = portal.get("/api/plugins/contract/about");
        assertThat(gone.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void failingPluginLeavesTheOthersServing() {
        PluginBundles.drop("contract", PluginBundles.contract());
        PluginBundles.drop("failing", PluginBundles.failing());
        Await.until("contract fixture active", SCAN, () -> portal.get("/api/plugins/contract/about").statusCode() == 200);
        Await.until("failing plugin scanned", SCAN, () -> portal.get("/api/plugins/failing/anything").statusCode() == 404);
        assertThat(portal.get("/api/plugins/contract/about").statusCode()).isEqualTo(200);
    }

    @Test
    void protectedRouteNeedsLogin() {
        PluginBundles.drop("contract", PluginBundles.contract());
        Await.until("contract fixture active", SCAN, () -> portal.get("/api/plugins/contract/about").statusCode() == 200);
        HttpResponse<String> response = portal.get("/api/plugins/contract/notes");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(((JsonObject) PortalClient.json(response)).getInt("status")).isEqualTo(401);
    }

    private String versionServed() {
        HttpResponse<String> response = portal.get("/api/plugins/contract/about");
        return response.statusCode() == 200 ? ((JsonObject) PortalClient.json(response)).getString("version") : "";
    }
}
