package jp.innovationnet.portal.it.membership;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/officers}: the secretariat appoints and ends terms within each office's seats; every logged-in user
 * sees who holds which office and who held it. Each test places its terms in years of its own, far from today, so
 * that the seat rules see only its own terms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class OfficersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theSecretariatAppointsWithinTheSeatsAndEveryMemberSeesTheHolders() {
        int year = 3000 + ThreadLocalRandom.current().nextInt(6000);
        HttpResponse<String> chair = appoint("chair", "会長 太郎", "jilc", year + "-04-01", (year + 2) + "-03-31");
        assertThat(chair.statusCode()).as(chair.body()).isEqualTo(201);
        JsonObject term = (JsonObject) PortalClient.json(chair);
        assertThat(term.getJsonObject("officeLabel").getString("ja")).isEqualTo("会長");

        HttpResponse<String> second = appoint("chair", "会長 次郎", "jst", (year + 1) + "-04-01", (year + 3) + "-03-31");
        assertThat(second.statusCode()).as("one chair at a time").isEqualTo(409);
        assertThat(errors(second).keySet()).containsExactly("office");
        assertThat(appoint("chair", "会長 次郎", "jst", (year + 2) + "-04-01", (year + 4) + "-03-31").statusCode())
                .as("the next chair, after the term").isEqualTo(201);

        String end = (year + 2) + "-03-31";
        assertThat(appoint("auditor", "監事 一", "aist", year + "-04-01", end).statusCode()).isEqualTo(201);
        assertThat(appoint("auditor", "監事 二", "smrj", year + "-06-01", end).statusCode()).isEqualTo(201);
        assertThat(appoint("auditor", "監事 三", "jetro", year + "-09-01", end).statusCode())
                .as("two auditors at a time").isEqualTo(409);
        for (int i = 0; i < 3; i++) {
            assertThat(appoint("steering-committee-member", "運営委員 " + i, "jilc", year + "-04-01", end)
                    .statusCode()).as("any number of committee members").isEqualTo(201);
        }
        assertThat(appoint("steering-committee-chair", "運営委員長 花子", "jst", year + "-04-01", end).statusCode())
                .isEqualTo(201);

        for (DemoUser user : List.of(DemoUser.MEMBER_STAFF, DemoUser.COORDINATOR, DemoUser.STEERING_AGENCY,
                DemoUser.OVERSEAS_PARTNER, DemoUser.SECRETARIAT)) {
            JsonArray holders = (JsonArray) PortalClient.json(as(user)
                    .get("/api/officers?on=" + (year + 1) + "-01-15"));
            assertThat(holders.getValuesAs(JsonObject.class)).extracting(h -> h.getString("personName"))
                    .as(user.username()).contains("会長 太郎", "監事 一", "監事 二", "運営委員長 花子")
                    .doesNotContain("会長 次郎");
        }
        JsonArray history = (JsonArray) PortalClient.json(as(DemoUser.MEMBER_STAFF).get("/api/officers/terms"));
        assertThat(history.getValuesAs(JsonObject.class)).extracting(h -> h.getString("personName"))
                .contains("会長 太郎", "会長 次郎");
        assertThat(PortalClient.anonymous().get("/api/officers").statusCode()).isEqualTo(401);
        assertThat(PortalClient.anonymous().get("/api/officers/terms").statusCode()).isEqualTo(401);
    }

    @Test
    void termsEndWithTheVersionReadAndBadInputIsNamed() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        HttpResponse<String> appointed = appoint("auditor", "監事 終了", "jilc", year + "-04-01", (year + 3) + "-03-31");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        JsonObject term = (JsonObject) PortalClient.json(appointed);
        long id = term.getJsonNumber("id").longValue();
        long version = term.getJsonNumber("version").longValue();
        HttpResponse<String> before = putJson(as(DemoUser.SECRETARIAT), "/api/officers/terms/" + id + "/end",
                "{\"end\":\"%d-03-31\",\"version\":%d}".formatted(year, version));
        assertThat(errors(before).keySet()).containsExactly("end");
        HttpResponse<String> ended = putJson(as(DemoUser.SECRETARIAT), "/api/officers/terms/" + id + "/end",
                "{\"end\":\"%d-03-31\",\"version\":%d}".formatted(year + 1, version));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(ended)).getString("end")).isEqualTo((year + 1) + "-03-31");
        HttpResponse<String> stale = putJson(as(DemoUser.SECRETARIAT), "/api/officers/terms/" + id + "/end",
                "{\"end\":\"%d-03-31\",\"version\":%d}".formatted(year + 2, version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(errors(stale).keySet()).containsExactly("version");
        assertThat(putJson(as(DemoUser.SECRETARIAT), "/api/officers/terms/999999999/end",
                "{\"end\":\"2030-03-31\",\"version\":0}").statusCode()).isEqualTo(404);

        HttpResponse<String> invalid = as(DemoUser.SECRETARIAT).postJson("/api/officers/terms",
                "{\"office\":\"emperor\",\"personName\":\"\",\"organizationId\":\"nobody-at-all\","
                        + "\"start\":\"2026-13-01\",\"end\":\"soon\"}");
        assertThat(errors(invalid).keySet()).containsExactlyInAnyOrder("office", "personName", "organizationId",
                "start", "end");
        HttpResponse<String> backwards = appoint("steering-committee-member", "逆 順", "jilc", year + "-04-01",
                year + "-03-31");
        assertThat(errors(backwards).keySet()).containsExactly("end");

        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.STEERING_AGENCY,
                DemoUser.OVERSEAS_PARTNER)) {
            assertThat(as(user).postJson("/api/officers/terms", "{}").statusCode()).as(user.username())
                    .isEqualTo(403);
            assertThat(putJson(as(user), "/api/officers/terms/" + id + "/end", "{}").statusCode())
                    .as(user.username()).isEqualTo(403);
        }
        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=office-term&targetId=" + id));
        assertThat(audit.getValuesAs(JsonObject.class)).extracting(a -> a.getString("action"))
                .containsExactly("officer.term-ended", "officer.appointed");
    }

    private static HttpResponse<String> appoint(String office, String person, String organization, String start,
                                                String end) {
        return as(DemoUser.SECRETARIAT).postJson("/api/officers/terms", """
                {"office":"%s","personName":"%s","organizationId":"%s","start":"%s"%s}"""
                .formatted(office, person, organization, start, end == null ? "" : ",\"end\":\"" + end + "\""));
    }
}
