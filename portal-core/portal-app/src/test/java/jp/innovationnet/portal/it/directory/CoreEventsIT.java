package jp.innovationnet.portal.it.directory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.KeycloakSession;
import jp.innovationnet.portal.it.support.RealmAdmin;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core tells plugins what happens to organizations, after its own change committed, and writes every change
 * (its own and the plugins') to the audit trail: here, a withdrawn member's notes are archived by the contract fixture
 * (a test plugin). Plugins' notifications reach the users they address, and no one else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class CoreEventsIT {

    /**
     * An organization of its own, with people of its own: withdrawing it disables its people in Keycloak (the
     * identity sync), which must not touch the demo users other tests log in as. Keycloak keeps data between builds,
     * hence the per-run suffix.
     */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String ORGANIZATION = "events-" + RUN;
    private static final String PASSWORD = "pw-" + RUN;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void installFixtureAndRegisterTheOrganization() {
        as(DemoUser.SECRETARIAT).postBytes("/api/plugins", "application/java-archive", PluginBundles.contract());
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"（財）浜松地域テクノポリス推進機構%s","nameEn":"Hamamatsu Technopolis %s",
                            "prefecture":"Shizuoka","region":"Chubu"}}""".formatted(ORGANIZATION, RUN, RUN));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Await.until("the organization in Keycloak", Duration.ofSeconds(30),
                () -> RealmAdmin.organization(ORGANIZATION).isPresent());
        String keycloakOrganization = RealmAdmin.organization(ORGANIZATION).orElseThrow().getString("id");
        for (String person : List.of("coordinator", "staff")) {
            String userId = RealmAdmin.createUser(KeycloakSession.REALM, person + "-" + ORGANIZATION,
                    person + "@" + ORGANIZATION + ".example", PASSWORD);
            RealmAdmin.grantRole(userId, "member-staff");
            if (person.equals("coordinator")) {
                RealmAdmin.grantRole(userId, "coordinator");
            }
            RealmAdmin.addMember(keycloakOrganization, userId);
        }
    }

    @AfterAll
    static void removeFixture() {
        as(DemoUser.SECRETARIAT).delete("/api/plugins/contract");
    }

    @Test
    void aWithdrawnMembersNotesAreArchivedByThePluginAndEverythingIsAudited() {
        PortalClient coordinator = person("coordinator");
        HttpResponse<String> created = coordinator.postJson("/api/plugins/contract/notes",
                "{\"title\":\"技術相談の引き継ぎ\",\"body\":\"浜松から\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String noteId = String.valueOf(((JsonObject) PortalClient.json(created)).getJsonNumber("id").longValue());
        assertThat(coordinator.get("/api/plugins/contract/notes").body()).contains("技術相談の引き継ぎ");

        assertThat(person("staff").get("/api/me/notifications").body())
                .as("the organization's colleagues are notified").contains("技術相談の引き継ぎ");
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/me/notifications").body())
                .as("another organization is not").doesNotContain("技術相談の引き継ぎ");
        assertThat(PortalClient.anonymous().get("/api/me/notifications").statusCode()).isEqualTo(401);

        JsonObject noteAudit = ((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=note&targetId=" + noteId))).getJsonObject(0);
        assertThat(noteAudit.getString("action")).isEqualTo("note.created");
        assertThat(noteAudit.getString("source")).isEqualTo("plugin:contract");
        assertThat(noteAudit.getString("actorName")).isEqualTo("coordinator-" + ORGANIZATION);

        HttpResponse<String> withdrawn = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + ORGANIZATION
                + "/status", "application/json",
                "{\"status\":\"WITHDRAWN\",\"reason\":\"退会届\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        HttpResponse<String> afterWithdrawal = coordinator.get("/api/plugins/contract/notes");
        assertThat(afterWithdrawal.statusCode()).as("a withdrawn member's people lose access at once").isEqualTo(403);
        assertThat(afterWithdrawal.body()).doesNotContain("技術相談の引き継ぎ");
        JsonArray organizationAudit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=organization&targetId=" + ORGANIZATION));
        assertThat(organizationAudit.getJsonObject(0).getString("changes")).contains("\"from\":\"active\"").contains("\"to\":\"withdrawn\"");
        assertThat(organizationAudit.getJsonObject(0).getString("actorName")).isEqualTo("jilc.secretariat");

        HttpResponse<String> back = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + ORGANIZATION
                + "/status", "application/json", "{\"status\":\"ACTIVE\",\"reason\":\"back\"}".getBytes());
        assertThat(back.statusCode()).isEqualTo(409);
    }

    private static PortalClient person(String person) {
        return PortalClient.anonymous().withToken(RealmAdmin.token(person + "-" + ORGANIZATION, PASSWORD));
    }

    @Test
    void onlyTheSecretariatRegistersOrganizationsAndBadInputNamesTheField() {
        HttpResponse<String> forbidden = as(DemoUser.MEMBER_ADMIN).postJson("/api/organizations",
                "{\"id\":\"x-org\",\"kind\":\"member\",\"profile\":{\"nameJa\":\"x\",\"nameEn\":\"x\"}}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(PortalClient.anonymous().postJson("/api/organizations", "{}").statusCode()).isEqualTo(401);
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/audit?targetType=note&targetId=1").statusCode())
                .isEqualTo(403);

        HttpResponse<String> invalid = as(DemoUser.SECRETARIAT).postJson("/api/organizations",
                "{\"id\":\"Not Valid\",\"kind\":\"club\",\"profile\":{\"nameJa\":\"\",\"nameEn\":\"x\"}}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        JsonObject errors = ((JsonObject) PortalClient.json(invalid)).getJsonObject("errors");
        assertThat(errors.keySet()).contains("id", "profile.nameJa", "kind");

        HttpResponse<String> duplicate = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full","profile":{"nameJa":"重複","nameEn":"Duplicate"}}"""
                .formatted(ORGANIZATION));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(as(DemoUser.SECRETARIAT).putBytes("/api/organizations/nobody/status", "application/json",
                "{\"status\":\"SUSPENDED\",\"reason\":\"dues\"}".getBytes()).statusCode()).isEqualTo(404);
    }
}
