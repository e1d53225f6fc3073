package jp.innovationnet.portal.it.membership;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.membership.MembershipFixtures.errors;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.putJson;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.registerMember;
import static jp.innovationnet.portal.it.membership.MembershipFixtures.unique;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/audit}: the secretariat searches the trail; nobody changes it; nobody else reads it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theSecretariatFiltersByTargetActorActionAndTimeOnePageAtATime() {
        Instant before = Instant.now().minusSeconds(1);
        String id = unique("audited");
        registerMember(id, "監査対象 " + id);
        for (String status : List.of("suspended", "active", "suspended", "active")) {
            assertThat(putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id + "/status",
                    "{\"status\":\"%s\",\"reason\":\"監査テスト\"}".formatted(status)).statusCode()).isEqualTo(200);
        }
        String target = "/api/audit?targetType=organization&targetId=" + id;
        HttpResponse<String> all = as(DemoUser.SECRETARIAT).get(target);
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue("5");
        JsonArray entries = (JsonArray) PortalClient.json(all);
        assertThat(entries.getJsonObject(0).getString("action")).isEqualTo("organization.status-changed");
        assertThat(entries.getJsonObject(4).getString("action")).isEqualTo("organization.registered");

        JsonArray page = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get(target + "&size=2&page=2"));
        assertThat(page).hasSize(1);
        assertThat(page.getJsonObject(0).getString("action")).isEqualTo("organization.registered");
        assertThat((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get(target + "&action=organization.status-changed"))).hasSize(4);
        HttpResponse<String> byActor = as(DemoUser.SECRETARIAT).get("/api/audit?actor=jilc.secretariat&from="
                + before + "&targetId=" + id);
        assertThat(byActor.headers().firstValue("X-Total-Count")).hasValue("5");
        assertThat(((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/audit?actor=tama.admin&targetId="
                + id)))).isEmpty();
        assertThat(((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get(target + "&to=" + before))))
                .isEmpty();
        assertThat(((JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get(target + "&from=" + before
                + "&to=" + Instant.now().plusSeconds(60))))).hasSize(5);
        JsonObject entry = entries.getJsonObject(1);
        assertThat(entry.getString("targetId")).isEqualTo(id);
        assertThat(entry.getString("changes")).contains("\"reason\":\"監査テスト\"");

        assertThat(errors(as(DemoUser.SECRETARIAT).get("/api/audit?from=yesterday")).keySet())
                .containsExactly("from");
        assertThat(errors(as(DemoUser.SECRETARIAT).get("/api/audit?size=1000")).keySet()).containsExactly("size");
    }

    @Test
    void nobodyEditsOrDeletesTheTrailAndOnlyTheSecretariatReadsIt() {
        for (HttpResponse<String> response : List.of(
                as(DemoUser.SECRETARIAT).delete("/api/audit"),
                putJson(as(DemoUser.SECRETARIAT), "/api/audit", "[]"),
                as(DemoUser.SECRETARIAT).postJson("/api/audit", "{}"))) {
            assertThat(response.statusCode()).as(response.request().method()).isEqualTo(405);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.COORDINATOR,
                DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            HttpResponse<String> response = as(user).get("/api/audit?targetType=organization&targetId=tama");
            assertThat(response.statusCode()).as(user.username()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(PortalClient.anonymous().get("/api/audit").statusCode()).isEqualTo(401);
    }
}
