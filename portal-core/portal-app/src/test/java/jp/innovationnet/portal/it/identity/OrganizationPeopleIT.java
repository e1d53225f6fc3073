package jp.innovationnet.portal.it.identity;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.KeycloakSession;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RealmAdmin;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's administrator manages their own organization's people in Keycloak (list, invite by e-mail, roles
 * member-staff and coordinator, removal), audited; nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class OrganizationPeopleIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String ORG = "people-" + RUN;
    private static final String PASSWORD = "pw-" + RUN;
    private static String adminId;
    private static String staffId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void anOrganizationWithAnAdministratorAndAStaffMember() {
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"人事テスト協会%s","nameEn":"People test","prefecture":"Shizuoka"}}"""
                .formatted(ORG, RUN));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Await.until("organization in Keycloak", Duration.ofSeconds(30), () -> RealmAdmin.organization(ORG).isPresent());
        String keycloakOrg = RealmAdmin.organization(ORG).orElseThrow().getString("id");
        adminId = RealmAdmin.createUser(KeycloakSession.REALM, "admin-" + ORG, "admin@" + ORG + ".example", PASSWORD);
        RealmAdmin.grantRole(adminId, "member-admin");
        RealmAdmin.grantRole(adminId, "member-staff");
        RealmAdmin.addMember(keycloakOrg, adminId);
        staffId = RealmAdmin.createUser(KeycloakSession.REALM, "staff-" + ORG, "staff@" + ORG + ".example", PASSWORD);
        RealmAdmin.grantRole(staffId, "member-staff");
        RealmAdmin.addMember(keycloakOrg, staffId);
    }

    private static PortalClient admin() {
        return PortalClient.anonymous().withToken(RealmAdmin.token("admin-" + ORG, PASSWORD));
    }

    private static String people() {
        return "/api/organizations/" + ORG + "/people";
    }

    @Test
    void the_administrator_lists_colleagues_and_gives_and_takes_the_coordinator_role() {
        HttpResponse<String> listed = admin().get(people());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<JsonObject> members = ((JsonArray) PortalClient.json(listed)).stream().map(JsonValue::asJsonObject).toList();
        assertThat(members).extracting(m -> m.getString("username")).contains("admin-" + ORG, "staff-" + ORG);

        assertThat(send(admin(), "PUT", people() + "/" + staffId + "/roles/coordinator").statusCode()).isEqualTo(204);
        assertThat(send(admin(), "PUT", people() + "/" + staffId + "/roles/coordinator").statusCode())
                .as("granting twice changes nothing").isEqualTo(204);
        assertThat(roles(staffId)).contains("coordinator", "member-staff");
        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=membership-role&targetId=" + ORG + "/" + staffId));
        assertThat(audit).hasSize(1);
        assertThat(audit.getJsonObject(0).getString("action")).isEqualTo("membership-role.granted");
        assertThat(audit.getJsonObject(0).getString("actorName")).isEqualTo("admin-" + ORG);

        assertThat(send(admin(), "DELETE", people() + "/" + staffId + "/roles/coordinator").statusCode()).isEqualTo(204);
        assertThat(roles(staffId)).doesNotContain("coordinator").contains("member-staff");

        for (String role : List.of("secretariat", "steering-agency", "member-admin")) {
            HttpResponse<String> refused = send(admin(), "PUT", people() + "/" + staffId + "/roles/" + role);
            assertThat(refused.statusCode()).as(role).isEqualTo(400);
            assertThat(refused.body()).contains("\"role\"");
        }
        assertThat(roles(staffId)).doesNotContain("secretariat", "steering-agency");
    }

    @Test
    void the_administrator_invites_by_email_and_keycloak_sends_the_invitation() {
        String email = "new-" + RUN + "@" + ORG + ".example";
        HttpResponse<String> invited = admin().postJson(people(), """
                {"email":"%s","firstName":"花子","lastName":"山田"}""".formatted(email));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(202);
        MimeMessage mail = MailCatcher.awaitMessageTo(email, Duration.ofSeconds(30));
        assertThat(mail).isNotNull();

        HttpResponse<String> invalid = admin().postJson(people(), "{\"email\":\"not an address\"}");
        assertThat(invalid.statusCode()).isBetween(400, 422);
        assertThat(invalid.body()).contains("email");
        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=membership&targetId=" + ORG));
        assertThat(audit.toString()).contains("membership.invited", email);
    }

    @Test
    void the_administrator_removes_a_colleague_but_not_themselves() {
        String leaverId = RealmAdmin.createUser(KeycloakSession.REALM, "leaver-" + ORG, "leaver@" + ORG + ".example",
                PASSWORD);
        RealmAdmin.grantRole(leaverId, "member-staff");
        RealmAdmin.addMember(RealmAdmin.organization(ORG).orElseThrow().getString("id"), leaverId);

        assertThat(send(admin(), "DELETE", people() + "/" + leaverId).statusCode()).isEqualTo(204);
        assertThat(admin().get(people()).body()).doesNotContain("leaver-" + ORG);
        assertThat(roles(leaverId)).doesNotContain("member-staff");
        assertThat(send(admin(), "DELETE", people() + "/" + leaverId).statusCode()).as("not a member any more")
                .isEqualTo(404);
        assertThat(send(admin(), "DELETE", people() + "/" + adminId).statusCode()).isEqualTo(409);
    }

    @Test
    void nobody_else_manages_the_organizations_people() {
        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.OTHER_MEMBER_STAFF,
                DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            assertThat(as(user).get(people()).statusCode()).as(user.name()).isEqualTo(403);
            assertThat(send(as(user), "PUT", people() + "/" + staffId + "/roles/coordinator").statusCode())
                    .as(user.name()).isEqualTo(403);
            assertThat(send(as(user), "DELETE", people() + "/" + staffId).statusCode()).as(user.name()).isEqualTo(403);
        }
        PortalClient staff = PortalClient.anonymous().withToken(RealmAdmin.token("staff-" + ORG, PASSWORD));
        assertThat(staff.get(people()).statusCode()).as("staff of the organization itself").isEqualTo(403);
        assertThat(admin().get("/api/organizations/tama/people").statusCode()).as("another organization")
                .isEqualTo(403);
        assertThat(PortalClient.anonymous().get(people()).statusCode()).isEqualTo(401);
        assertThat(as(DemoUser.SECRETARIAT).get(people()).statusCode()).isEqualTo(200);
    }

    private static List<String> roles(String userId) {
        return ((JsonArray) RealmAdmin.get("/admin/realms/" + KeycloakSession.REALM + "/users/" + userId
                + "/role-mappings/realm")).stream().map(r -> r.asJsonObject().getString("name")).toList();
    }

    private static HttpResponse<String> send(PortalClient client, String method, String path) {
        return method.equals("PUT") ? client.putBytes(path, "application/json", new byte[0]) : client.delete(path);
    }

}
