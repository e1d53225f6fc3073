package jp.innovationnet.portal.it.identity;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.KeycloakRelay;
import jp.innovationnet.portal.it.support.KeycloakSession;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RealmAdmin;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.ServerJmx;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak follows the portal: organizations are created, updated and disabled in Keycloak (read back through the
 * Admin API), their members' access with them; changes wait while Keycloak is unreachable, survive a restart of the
 * application and are applied in order, once; drift is repaired; only the secretariat sees the queue. Aliases and
 * names carry a per-run suffix: Keycloak keeps its data between builds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class IdentitySyncIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Duration SYNC = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterEach
    void keycloakReachable() {
        KeycloakRelay.restore();
    }

    @Test
    void admission_suspension_and_reinstatement_reach_keycloak_and_access_follows() {
        String id = "sync-a-" + RUN;
        register(id, "同期テスト機構A" + RUN);

        JsonObject created = awaitOrganization(id, o -> o.getBoolean("enabled"));
        assertThat(created.getString("name")).isEqualTo("同期テスト機構A" + RUN);
        assertThat(attribute(created, "nameEn")).isEqualTo("Sync test A");
        assertThat(attribute(created, "kind")).isEqualTo("member");
        assertThat(attribute(created, "prefecture")).isEqualTo("13");
        assertThat(attribute(created, "region")).isEqualTo("Kanto");
        assertThat(attribute(created, "status")).isEqualTo("active");

        String userId = RealmAdmin.createUser(KeycloakSession.REALM, "staff-" + id, "staff@" + id + ".example", "pw-" + RUN);
        RealmAdmin.grantRole(userId, "member-staff");
        RealmAdmin.addMember(created.getString("id"), userId);
        PortalClient member = PortalClient.anonymous().withToken(RealmAdmin.token("staff-" + id, "pw-" + RUN));
        HttpResponse<String> me = member.get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"organization\":\"" + id + "\"");

        changeStatus(id, "suspended");
        HttpResponse<String> refused = member.get("/api/me");
        assertThat(refused.statusCode()).as("the still valid token no longer grants access").isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        awaitOrganization(id, o -> !o.getBoolean("enabled") && "suspended".equals(attribute(o, "status")));
        Await.until("the member's account disabled", SYNC, () -> !RealmAdmin.user(userId).getBoolean("enabled"));

        changeStatus(id, "active");
        awaitOrganization(id, o -> o.getBoolean("enabled") && "active".equals(attribute(o, "status")));
        Await.until("the member's account enabled again", SYNC, () -> RealmAdmin.user(userId).getBoolean("enabled"));
        HttpResponse<String> back = PortalClient.anonymous().withToken(RealmAdmin.token("staff-" + id, "pw-" + RUN))
                .get("/api/me");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    }

    @Test
    void changes_wait_while_keycloak_is_unreachable_survive_a_restart_and_apply_in_order_once() {
        String id = "sync-b-" + RUN;
        KeycloakRelay.cut();
        register(id, "同期テスト機構B" + RUN);
        changeStatus(id, "suspended");
        changeStatus(id, "active");
        changeStatus(id, "withdrawn");

        Await.until("a failed attempt recorded", SYNC, () -> tasks(id).get(0).getInt("attempts") > 0);
        List<JsonObject> waiting = tasks(id);
        assertThat(waiting).hasSize(4).allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("PENDING"));
        assertThat(waiting.get(0).getString("lastError")).contains("unreachable");
        assertThat(waiting.subList(1, 4)).as("later tasks wait for the first: strict order")
                .allSatisfy(t -> assertThat(t.getInt("attempts")).isZero());
        JsonObject state = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/identity/sync"));
        assertThat(state.getInt("failing")).isPositive();

        try (ServerJmx jmx = ServerJmx.connect()) {
            jmx.restartApplication("portal");
        }
        Await.until("the application back", Duration.ofSeconds(90),
                () -> as(DemoUser.SECRETARIAT).get("/api/identity/sync").statusCode() == 200);
        assertThat(tasks(id)).as("nothing lost across the restart").hasSize(4)
                .allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("PENDING"));
        assertThat(RealmAdmin.organization(id)).isEmpty();

        KeycloakRelay.restore();
        Await.until("all tasks applied", Duration.ofSeconds(60),
                () -> tasks(id).stream().allMatch(t -> "DONE".equals(t.getString("status"))));
        List<JsonObject> done = tasks(id);
        assertThat(done).hasSize(4);
        for (int i = 1; i < done.size(); i++) {
            assertThat(done.get(i).getString("doneAt")).as("applied in order")
                    .isGreaterThanOrEqualTo(done.get(i - 1).getString("doneAt"));
        }
        JsonObject organization = RealmAdmin.organization(id).orElseThrow();
        assertThat(organization.getBoolean("enabled")).isFalse();
        assertThat(attribute(organization, "status")).isEqualTo("withdrawn");
        assertThat(attribute(organization, "portalSyncTask")).as("the last task is the one applied last")
                .isEqualTo(String.valueOf(done.get(3).getJsonNumber("id").longValue()));
    }

    @Test
    void drift_is_repaired_on_demand() {
        String id = "sync-c-" + RUN;
        register(id, "同期テスト機構C" + RUN);
        JsonObject synced = awaitOrganization(id, o -> o.getBoolean("enabled"));
        Await.until("queue drained", SYNC, () -> tasks(id).stream().allMatch(t -> "DONE".equals(t.getString("status"))));

        RealmAdmin.put("/admin/realms/" + KeycloakSession.REALM + "/organizations/" + synced.getString("id"),
                jakarta.json.Json.createObjectBuilder(synced).add("name", "勝手に変更" + RUN).add("enabled", false)
                        .build());
        assertThat(RealmAdmin.organization(id).orElseThrow().getString("name")).isEqualTo("勝手に変更" + RUN);

        HttpResponse<String> report = as(DemoUser.SECRETARIAT).postJson("/api/identity/sync/reconcile", "");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonObject repaired = ((JsonObject) PortalClient.json(report)).getJsonObject("repaired");
        assertThat(repaired.keySet()).as(report.body()).contains(id);
        assertThat(repaired.getString(id)).contains("name", "enabled");

        awaitOrganization(id, o -> o.getBoolean("enabled") && o.getString("name").equals("同期テスト機構C" + RUN));
    }

    @Test
    void only_the_secretariat_sees_the_queue_and_repairs_drift() {
        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.STEERING_AGENCY)) {
            assertThat(as(user).get("/api/identity/sync").statusCode()).as(user.name()).isEqualTo(403);
            assertThat(as(user).postJson("/api/identity/sync/reconcile", "").statusCode()).as(user.name())
                    .isEqualTo(403);
        }
        assertThat(PortalClient.anonymous().get("/api/identity/sync").statusCode()).isEqualTo(401);
        assertThat(PortalClient.anonymous().postJson("/api/identity/sync/reconcile", "").statusCode()).isEqualTo(401);
        HttpResponse<String> state = as(DemoUser.SECRETARIAT).get("/api/identity/sync");
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(state)).keySet()).contains("pending", "failing", "done", "tasks");
    }

    private static void register(String id, String nameJa) {
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"%s","nameEn":"Sync test %s","prefecture":"Tokyo"}}"""
                .formatted(id, nameJa, id.substring(5, 6).toUpperCase()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    private static void changeStatus(String id, String status) {
        HttpResponse<String> changed = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + id + "/status",
                "application/json", ("{\"status\":\"" + status + "\",\"reason\":\"test\"}").getBytes());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private static List<JsonObject> tasks(String id) {
        JsonObject state = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/identity/sync?organizationId=" + id));
        return state.getJsonArray("tasks").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject awaitOrganization(String alias, java.util.function.Predicate<JsonObject> condition) {
        Await.until("organization " + alias + " in Keycloak as expected", SYNC,
                () -> RealmAdmin.organization(alias).filter(condition).isPresent());
        return RealmAdmin.organization(alias).orElseThrow();
    }

    private static String attribute(JsonObject organization, String name) {
        return Optional.ofNullable(organization.getJsonObject("attributes")).map(a -> a.getJsonArray(name))
                .filter(a -> !a.isEmpty()).map(a -> a.getString(0)).orElse(null);
    }
}
