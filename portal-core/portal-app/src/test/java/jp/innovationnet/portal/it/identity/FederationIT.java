package jp.innovationnet.portal.it.identity;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.Browser;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.KeycloakSession;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RealmAdmin;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's own identity provider, end to end: a second realm of the tests' Keycloak plays the member's OpenID
 * provider; the member's administrator requests it through the portal, the secretariat approves, the sync configures
 * Keycloak; then {@code someone@<domain>} logs in through the portal's browser login, is sent by Keycloak's
 * identity-first login to the member's realm, logs in there and lands in the portal as a member of the organization.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class FederationIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String ORG = "fed-" + RUN;
    private static final String DOMAIN = ORG + ".example";
    private static final String MEMBER_REALM = "member-idp-" + RUN;
    private static final String BROKER_SECRET = "broker-secret-" + RUN;
    private static final String PASSWORD = "pw-" + RUN;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void theMemberAndItsOwnProvider() {
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"連携テスト財団%s","nameEn":"Federation test","prefecture":"Osaka"}}"""
                .formatted(ORG, RUN));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Await.until("organization in Keycloak", Duration.ofSeconds(30), () -> RealmAdmin.organization(ORG).isPresent());
        String adminId = RealmAdmin.createUser(KeycloakSession.REALM, "admin-" + ORG, "admin@" + DOMAIN, PASSWORD);
        RealmAdmin.grantRole(adminId, "member-admin");
        RealmAdmin.addMember(RealmAdmin.organization(ORG).orElseThrow().getString("id"), adminId);

        RealmAdmin.post("/admin/realms", Json.createObjectBuilder()
                .add("realm", MEMBER_REALM).add("enabled", true)
                .add("clients", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("clientId", "innovation-net").add("enabled", true).add("publicClient", false)
                        .add("secret", BROKER_SECRET).add("standardFlowEnabled", true)
                        .add("redirectUris", Json.createArrayBuilder().add(KeycloakSession.realmUrl() + "/broker/*"))))
                .add("users", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("username", "someone").add("email", "someone@" + DOMAIN).add("emailVerified", true)
                        .add("firstName", "太郎").add("lastName", "連携").add("enabled", true)
                        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "password").add("value", PASSWORD).add("temporary", false)))))
                .build());
    }

    private static PortalClient admin() {
        return PortalClient.anonymous().withToken(RealmAdmin.token("admin-" + ORG, PASSWORD));
    }

    @Test
    void someone_at_the_members_domain_logs_in_through_its_own_provider_and_arrives_as_a_member() {
        HttpResponse<String> requested = admin().postJson("/api/organizations/" + ORG + "/identity-provider-requests", """
                {"protocol":"oidc","discoveryUrl":"%s","clientId":"innovation-net","clientSecret":"%s","domain":"%s"}"""
                .formatted(KeycloakSession.url() + "/realms/" + MEMBER_REALM, BROKER_SECRET, DOMAIN));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(requested.body()).doesNotContain(BROKER_SECRET).contains("REQUESTED");
        long id = ((JsonObject) PortalClient.json(requested)).getJsonNumber("id").longValue();

        assertThat(admin().postJson("/api/identity/provider-requests/" + id + "/decision", "{\"approved\":true}")
                .statusCode()).as("a member does not approve its own request").isEqualTo(403);
        HttpResponse<String> approved = as(DemoUser.SECRETARIAT).postJson(
                "/api/identity/provider-requests/" + id + "/decision", "{\"approved\":true}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(as(DemoUser.SECRETARIAT).postJson("/api/identity/provider-requests/" + id + "/decision",
                "{\"approved\":true}").statusCode()).as("decided already").isEqualTo(409);

        Await.until("the provider configured", Duration.ofSeconds(60), () -> admin()
                .get("/api/organizations/" + ORG + "/identity-provider-requests").body().contains("CONFIGURED"));
        String listed = as(DemoUser.SECRETARIAT).get("/api/identity/provider-requests?organizationId=" + ORG).body();
        assertThat(listed).contains("CONFIGURED").doesNotContain(BROKER_SECRET);
        JsonObject organization = RealmAdmin.organization(ORG).orElseThrow();
        assertThat(organization.getJsonArray("domains").toString()).contains(DOMAIN);

        Browser browser = new Browser();
        URI portal = URI.create(base.toString());
        HttpResponse<String> login = browser.get(portal.resolve("/login?next=" + URLEncoder.encode("/api/me",
                StandardCharsets.UTF_8)));
        assertThat(login.uri().toString()).startsWith(KeycloakSession.realmUrl());
        HttpResponse<String> memberLogin = browser.submit(login, Map.of("username", "someone@" + DOMAIN));
        assertThat(memberLogin.uri().toString()).as("sent to the member's own provider")
                .startsWith(KeycloakSession.url() + "/realms/" + MEMBER_REALM + "/");
        HttpResponse<String> landed = browser.submit(memberLogin, Map.of("username", "someone", "password", PASSWORD,
                "credentialId", ""));
        assertThat(landed.uri().getPath()).as(landed.body()).isEqualTo("/api/me");
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        JsonObject me = (JsonObject) PortalClient.json(landed);
        assertThat(me.getString("organization")).isEqualTo(ORG);
        assertThat(me.getString("email")).isEqualTo("someone@" + DOMAIN);
        assertThat(me.getString("username")).as("user names from members' providers are their e-mail addresses, "
                + "so two members' 'someone' do not collide").isEqualTo("someone@" + DOMAIN);
        assertThat(me.getJsonArray("roles").toString()).contains("member-staff");
    }

    @Test
    void only_the_organizations_administrators_request_and_only_the_secretariat_decides() {
        String body = """
                {"discoveryUrl":"https://idp.example/realms/x","clientId":"c","clientSecret":"s","domain":"x.example"}""";
        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.STEERING_AGENCY)) {
            assertThat(as(user).postJson("/api/organizations/" + ORG + "/identity-provider-requests", body)
                    .statusCode()).as(user.name()).isEqualTo(403);
            assertThat(as(user).get("/api/organizations/" + ORG + "/identity-provider-requests").statusCode())
                    .as(user.name()).isEqualTo(403);
            assertThat(as(user).get("/api/identity/provider-requests").statusCode()).as(user.name()).isEqualTo(403);
        }
        assertThat(PortalClient.anonymous().get("/api/identity/provider-requests").statusCode()).isEqualTo(401);
        assertThat(PortalClient.anonymous().postJson("/api/organizations/" + ORG + "/identity-provider-requests", body)
                .statusCode()).isEqualTo(401);

        HttpResponse<String> invalid = admin().postJson("/api/organizations/" + ORG + "/identity-provider-requests",
                "{\"discoveryUrl\":\"ftp://x\",\"clientId\":\"\",\"clientSecret\":\"s\",\"domain\":\"no domain\"}");
        assertThat(invalid.statusCode()).isBetween(400, 422);
        JsonObject errors = ((JsonObject) PortalClient.json(invalid)).getJsonObject("errors");
        assertThat(errors.keySet().toString()).contains("discoveryUrl", "clientId", "domain");

        HttpResponse<String> rejected = as(DemoUser.SECRETARIAT).postJson("/api/identity/provider-requests/"
                + requestFor("reject." + DOMAIN) + "/decision", "{\"approved\":false}");
        assertThat(rejected.statusCode()).as("a rejection needs a reason").isEqualTo(400);
        assertThat(rejected.body()).contains("reason");
        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/audit?targetType="
                + "identity-provider-request&targetId=" + ORG + "/" + requestFor("audit." + DOMAIN)));
        assertThat(audit.toString()).contains("identity-provider.requested").doesNotContain("\"s3cret\"");
    }

    private static long requestFor(String domain) {
        HttpResponse<String> requested = admin().postJson("/api/organizations/" + ORG + "/identity-provider-requests",
                """
                {"discoveryUrl":"https://idp.example/realms/x","clientId":"c","clientSecret":"s3cret","domain":"%s"}"""
                        .formatted(domain));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        return ((JsonObject) PortalClient.json(requested)).getJsonNumber("id").longValue();
    }
}
