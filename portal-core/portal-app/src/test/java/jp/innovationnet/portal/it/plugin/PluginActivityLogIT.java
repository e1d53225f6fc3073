package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity log of contract 1.5 through the contract fixture in a real portal, on H2 and PostgreSQL: a report
 * counts once its call commits (never when the call fails), a second report with the same key replaces the first,
 * a withdrawal takes it back, and the summary and the matching counts are the database's (the SQL of
 * {@code activity_report}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginActivityLogIT {

    private static final String API = "/api/plugins/contract/activity";

    private final PortalClient secretariat = as(DemoUser.SECRETARIAT);
    private final PortalClient coordinator = as(DemoUser.WIDE_COORDINATOR);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void installFixture() {
        PluginBundles.install(secretariat, PluginBundles.contract());
    }

    @AfterEach
    void removeFixture() {
        PluginBundles.uninstall(secretariat, "contract");
    }

    @Test
    void aReportCountsOnceCommittedIsReplacedByItsKeyAndWithdrawnAndSumsUpInTheDatabase() {
        String me = ((JsonObject) PortalClient.json(coordinator.get("/api/me"))).getString("userId");
        report(coordinator, "a", "Chubu", "ip-licensing");
        report(coordinator, "b", "Chubu", "ip-licensing");
        report(coordinator, "c", "Kanto", "financing");
        report(coordinator, "c", "Chubu", "ip-licensing");
        HttpResponse<String> failed = coordinator.postJson(API + "?fail=true", body("d", "Chubu", "ip-licensing"));
        assertThat(failed.statusCode()).isEqualTo(409);

        JsonObject mine = (JsonObject) PortalClient.json(coordinator.get(API + "/people/" + me));
        List<String> keys = mine.getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("key"))
                .filter(key -> key.startsWith(run)).toList();
        assertThat(keys).as("the failed call reported nothing; c was replaced").containsExactlyInAnyOrder(
                run + "a", run + "b", run + "c");
        JsonObject top = mine.getJsonArray("summary").getJsonObject(0);
        assertThat(top.getString("kind")).isEqualTo("inquiry-answered");
        assertThat(top.getString("service")).isEqualTo("ip-licensing");
        assertThat(top.getString("region")).isEqualTo("Chubu");
        assertThat(top.getInt("count")).isGreaterThanOrEqualTo(3);

        JsonObject matching = (JsonObject) PortalClient.json(coordinator.get(API
                + "/matching?region=Chubu&service=ip-licensing"));
        int before = matching.getInt(me);
        assertThat(coordinator.delete(API + "/" + run + "a").statusCode()).isEqualTo(204);
        assertThat(((JsonObject) PortalClient.json(coordinator.get(API
                + "/matching?region=Chubu&service=ip-licensing"))).getInt(me)).isEqualTo(before - 1);
        assertThat(((JsonObject) PortalClient.json(coordinator.get(API + "/matching?region=Kanto&service=financing")))
                .containsKey(me)).as("c moved to Chubu").isFalse();
        assertThat(PortalClient.anonymous().get(API + "/people/" + me).statusCode()).isEqualTo(401);
        assertThat(as(DemoUser.STEERING_AGENCY).get(API + "/people/" + me).statusCode()).isEqualTo(403);
    }

    private void report(PortalClient who, String key, String region, String service) {
        HttpResponse<String> reported = who.postJson(API, body(key, region, service));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    }

    private String body(String key, String region, String service) {
        return """
                {"key":"%s","kind":"inquiry-answered","region":"%s","fields":["manufacturing"],
                 "services":["%s"],"titleEn":""}
                """.formatted(run + key, region, service);
    }
}
