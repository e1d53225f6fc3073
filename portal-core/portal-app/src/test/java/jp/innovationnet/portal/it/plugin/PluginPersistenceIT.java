package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static jp.innovationnet.portal.it.plugin.PluginApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin's own data through its own persistence unit, on whichever database the suite runs on: written and read
 * per organization, validated, kept across updates, and nothing written by a failed request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginPersistenceIT {

    private static final String JAR = "application/java-archive";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installFixture() {
        HttpResponse<String> installed = as(DemoUser.SECRETARIAT).postBytes("/api/plugins", JAR, PluginBundles.contract());
        assertThat(installed.statusCode()).as(installed.body()).isIn(201, 409);
    }

    @AfterAll
    static void removeFixture() {
        as(DemoUser.SECRETARIAT).delete("/api/plugins/contract");
    }

    @Test
    void notesRoundTripWithinAnOrganizationOnly() {
        PortalClient tama = as(DemoUser.MEMBER_STAFF);
        HttpResponse<String> created = tama.postJson("/api/plugins/contract/notes",
                "{\"title\":\"連携会議のメモ\",\"body\":\"ｶﾀｶﾅ and 全角 text kept as written\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject note = (JsonObject) PortalClient.json(created);
        long id = note.getJsonNumber("id").longValue();
        assertThat(note.getString("organizationId")).isEqualTo("tama");
        assertThat(note.getString("body")).isEqualTo("ｶﾀｶﾅ and 全角 text kept as written");

        JsonObject read = (JsonObject) PortalClient.json(as(DemoUser.MEMBER_ADMIN).get("/api/plugins/contract/notes/" + id));
        assertThat(read.getString("title")).isEqualTo("連携会議のメモ");
        assertThat(titles(as(DemoUser.MEMBER_ADMIN))).contains("連携会議のメモ");

        PortalClient otherOrganization = as(DemoUser.OTHER_MEMBER_STAFF);
        assertProblem(otherOrganization.get("/api/plugins/contract/notes/" + id), 404);
        assertThat(titles(otherOrganization)).doesNotContain("連携会議のメモ");
        assertProblem(otherOrganization.delete("/api/plugins/contract/notes/" + id), 404);
    }

    @Test
    void routesCheckRolesAndOrganization() {
        assertProblem(PortalClient.anonymous().get("/api/plugins/contract/notes"), 401);
        assertProblem(as(DemoUser.STEERING_AGENCY).postJson("/api/plugins/contract/notes",
                "{\"title\":\"t\",\"body\":\"b\"}"), 403);
        assertProblem(as(DemoUser.OVERSEAS_PARTNER).get("/api/plugins/contract/notes"), 403);
        assertProblem(as(DemoUser.MEMBER_STAFF).get("/api/plugins/contract/nothing-here"), 404);
        assertProblem(as(DemoUser.MEMBER_STAFF).putBytes("/api/plugins/contract/notes", "application/json",
                "{}".getBytes()), 405);
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndWritesNothing() {
        PortalClient tama = as(DemoUser.MEMBER_STAFF);
        int before = titles(tama).size();

        HttpResponse<String> blank = tama.postJson("/api/plugins/contract/notes", "{\"title\":\" \",\"body\":\"b\"}");
        assertProblem(blank, 422);
        assertThat(((JsonObject) PortalClient.json(blank)).getJsonObject("errors").containsKey("title")).isTrue();

        HttpResponse<String> tooLong = tama.postJson("/api/plugins/contract/notes",
                "{\"title\":\"" + "x".repeat(201) + "\",\"body\":\"b\"}");
        assertProblem(tooLong, 422);

        assertProblem(tama.postJson("/api/plugins/contract/notes", "{not json"), 400);
        assertProblem(tama.postJson("/api/plugins/contract/notes", ""), 400);
        assertProblem(tama.get("/api/plugins/contract/notes/abc"), 404);

        assertThat(titles(tama)).hasSize(before);
    }

    @Test
    void dataOutlivesAnUpdate() {
        PortalClient tama = as(DemoUser.MEMBER_ADMIN);
        tama.postJson("/api/plugins/contract/notes", "{\"title\":\"before the update\",\"body\":\"b\"}");

        HttpResponse<String> updated = as(DemoUser.SECRETARIAT).putBytes("/api/plugins/contract", JAR,
                PluginBundles.withVersion(PluginBundles.contract(), "9.9.9.persist"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        assertThat(titles(tama)).contains("before the update");
    }

    private static java.util.List<String> titles(PortalClient client) {
        HttpResponse<String> response = client.get("/api/plugins/contract/notes");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(response)).getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("title")).toList();
    }
}
