package jp.innovationnet.portal.it.membership;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * {@code /api/organizations}: who may read and edit which organization, what each sees, optimistic versions, field
 * checks, and suspension, reinstatement and withdrawal with their history.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class OrganizationRecordsIT {

    private static String other;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void organizations() {
        MembershipFixtures.ensureTama();
        other = unique("other");
        registerMember(other, "テスト産業振興財団 " + other);
    }

    @Test
    void theSecretariatRegistersEveryKindAndReadsTheWholeRecord() {
        for (String kind : List.of("member\",\"membershipClass\":\"full", "member\",\"membershipClass\":\"supporting",
                "steering-agency", "secretariat", "overseas-partner")) {
            String id = unique("kind");
            HttpResponse<String> created = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                    {"id":"%s","kind":"%s","profile":{"nameJa":"種別 %s","nameEn":"Kind %s","region":"Overseas",
                     "postalCode":"SW1A 1AA"}}""".formatted(id, kind, id, id));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .endsWith(":" + MembershipFixtures.base().getPort() + "/api/organizations/" + id));
        }
        JsonObject record = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/organizations/" + other));
        assertThat(record.getJsonObject("profile").getJsonArray("contacts")).hasSize(1);
        assertThat(record.getJsonObject("profile").getString("prefecture")).isEqualTo("23");
        assertThat(record.getJsonObject("profile").getString("region")).isEqualTo("Chubu");
        assertThat(record.getJsonNumber("version").longValue()).isGreaterThanOrEqualTo(0);

        JsonObject page = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/organizations?kind=overseas-partner&size=200"));
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(o -> o.getString("kind").equals("overseas-partner"));
        assertThat(as(DemoUser.MEMBER_ADMIN).get("/api/organizations").statusCode()).isEqualTo(403);
        assertThat(as(DemoUser.STEERING_AGENCY).postJson("/api/organizations", "{}").statusCode()).isEqualTo(403);
        assertThat(as(DemoUser.OVERSEAS_PARTNER).postJson("/api/organizations", "{}").statusCode()).isEqualTo(403);
        assertThat(PortalClient.anonymous().get("/api/organizations/tama").statusCode()).isEqualTo(401);
    }

    @Test
    void ownPeopleSeeTheWholeRecordEverybodyElseThePublicView() {
        for (DemoUser own : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF)) {
            JsonObject record = (JsonObject) PortalClient.json(as(own).get("/api/organizations/tama"));
            assertThat(record.getJsonObject("profile").containsKey("contacts")).as(own.username()).isTrue();
            assertThat(record.containsKey("domains")).isTrue();
        }
        for (DemoUser stranger : List.of(DemoUser.OTHER_MEMBER_STAFF, DemoUser.COORDINATOR, DemoUser.STEERING_AGENCY,
                DemoUser.OVERSEAS_PARTNER)) {
            HttpResponse<String> response = as(stranger).get("/api/organizations/tama");
            assertThat(response.statusCode()).as(stranger.username()).isEqualTo(200);
            JsonObject view = (JsonObject) PortalClient.json(response);
            assertThat(view.getJsonObject("profile").containsKey("contacts")).as(stranger.username()).isFalse();
            assertThat(view.containsKey("domains")).isFalse();
            assertThat(view.containsKey("version")).isTrue();
            assertThat(response.body()).doesNotContain("taro@tama.example");
        }
        JsonObject jst = (JsonObject) PortalClient.json(as(DemoUser.STEERING_AGENCY).get("/api/organizations/jst"));
        assertThat(jst.getString("kind")).isEqualTo("steering-agency");
        assertThat(jst.getJsonObject("profile").getString("nameJa")).isEqualTo("国立研究開発法人科学技術振興機構");
        assertThat(jst.containsKey("domains")).as("its own record").isTrue();
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/organizations/nobody-here").statusCode()).isEqualTo(404);
    }

    @Test
    void anOrganizationNotActiveIsHiddenFromEverybodyButTheSecretariat() {
        String applied = unique("applied");
        HttpResponse<String> created = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full","status":"applied",
                 "profile":{"nameJa":"申込中 %s","nameEn":"Applied %s"}}""".formatted(applied, applied, applied));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/organizations/" + applied).statusCode()).isEqualTo(404);
        assertThat(as(DemoUser.SECRETARIAT).get("/api/organizations/" + applied).statusCode()).isEqualTo(200);
    }

    @Test
    void aMemberAdministratorEditsOnlyItsOwnProfileAndTheSecondEditFromTheSameVersionGets409() {
        JsonObject record = (JsonObject) PortalClient.json(as(DemoUser.MEMBER_ADMIN).get("/api/organizations/tama"));
        long version = record.getJsonNumber("version").longValue();
        String edit = """
                {"version":%d,"profile":{"nameJa":"一般社団法人首都圏産業活性化協会","nameEn":"TAMA Association",
                 "prefecture":"Tokyo","postalCode":"192-0083","profileJa":"%s",
                 "contacts":[{"name":"多摩 太郎","email":"taro@tama.example","primary":true}]}}""";
        HttpResponse<String> first = putJson(as(DemoUser.MEMBER_ADMIN), "/api/organizations/tama/profile",
                edit.formatted(version, "首都圏西部のものづくり支援 " + unique("v")));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(first)).getJsonNumber("version").longValue()).isGreaterThan(version);

        HttpResponse<String> second = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/tama/profile",
                edit.formatted(version, "別の編集"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(errors(second).keySet()).containsExactly("version");
        assertThat(as(DemoUser.MEMBER_ADMIN).get("/api/organizations/tama").body()).doesNotContain("別の編集");

        assertThat(putJson(as(DemoUser.MEMBER_ADMIN), "/api/organizations/" + other + "/profile",
                edit.formatted(0, "x")).statusCode()).as("another organization's profile").isEqualTo(403);
        assertThat(putJson(as(DemoUser.MEMBER_STAFF), "/api/organizations/tama/profile", edit.formatted(version, "x"))
                .statusCode()).as("staff").isEqualTo(403);
        assertThat(putJson(as(DemoUser.MEMBER_ADMIN), "/api/organizations/tama", """
                {"version":%d,"kind":"steering-agency","profile":{"nameJa":"x","nameEn":"x"}}""".formatted(version))
                .statusCode()).as("classification is the secretariat's").isEqualTo(403);
        assertThat(putJson(as(DemoUser.MEMBER_ADMIN), "/api/organizations/tama/status",
                "{\"status\":\"withdrawn\",\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(putJson(PortalClient.anonymous(), "/api/organizations/tama/profile", edit.formatted(version, "x"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void theSecretariatReclassifiesAndSetsDomainsAndADomainBelongsToOneOrganization() {
        String id = unique("reclass");
        JsonObject created = registerMember(id, "再分類 " + id);
        HttpResponse<String> changed = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id, """
                {"version":%d,"kind":"member","membershipClass":"supporting","memberNumber":66,
                 "domains":["%s.example.jp"],"profile":{"nameJa":"再分類 %s","nameEn":"%s","prefecture":"23"}}"""
                .formatted(created.getJsonNumber("version").longValue(), id, id, id));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonObject record = (JsonObject) PortalClient.json(changed);
        assertThat(record.getString("membershipClass")).isEqualTo("supporting");
        assertThat(record.getInt("memberNumber")).isEqualTo(66);
        assertThat(record.getJsonArray("domains").getString(0)).isEqualTo(id + ".example.jp");

        HttpResponse<String> taken = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + other, """
                {"version":0,"kind":"member","membershipClass":"full","domains":["%s.example.jp"],
                 "profile":{"nameJa":"x","nameEn":"x"}}""".formatted(id));
        assertThat(taken.statusCode()).as(taken.body()).isIn(409);

        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=organization&targetId=" + id + "&action=organization.record-changed"));
        assertThat(audit.getJsonObject(0).getString("changes")).contains("\"membershipClass\"")
                .contains("\"from\":\"full\"").contains("\"to\":\"supporting\"");
    }

    @Test
    void badFieldsAreNamedAndAFailedWriteLeavesNothing() {
        String id = unique("invalid");
        HttpResponse<String> invalid = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"gold","domains":["not a domain"],
                 "profile":{"nameJa":"%s","nameEn":"Invalid","nameReading":"abc","legalForm":"club",
                  "prefecture":"Atlantis","region":"Kinki","postalCode":"12-34","website":"ftp://example.jp",
                  "fields":["it","astrology"],"services":["nothing"],
                  "contacts":[{"name":"良い 人","email":"good@example.jp"},{"name":"悪い 人","email":"not-an-address"},
                              {"name":"","email":"x@example.jp","phone":"call me"}]}}"""
                .formatted(id, "長".repeat(201)));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(errors(invalid).keySet()).contains("membershipClass", "domains[0]", "profile.nameJa",
                "profile.nameReading", "profile.legalForm", "profile.prefecture", "profile.postalCode",
                "profile.website", "profile.fields[1]", "profile.services[0]", "profile.contacts[1].email",
                "profile.contacts[2].name", "profile.contacts[2].phone");
        assertThat(errors(invalid).keySet()).doesNotContain("profile.contacts[0].email", "profile.fields[0]");
        assertThat(as(DemoUser.SECRETARIAT).get("/api/organizations/" + id).statusCode()).isEqualTo(404);

        HttpResponse<String> wrongRegion = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"steering-agency","profile":{"nameJa":"x","nameEn":"x","prefecture":"13",
                 "region":"Kyushu"}}""".formatted(id));
        assertThat(errors(wrongRegion).getString("profile.region")).contains("Kanto");
        HttpResponse<String> badAlias = as(DemoUser.SECRETARIAT).postJson("/api/organizations",
                "{\"id\":\"Bad_Alias\",\"kind\":\"secretariat\",\"profile\":{\"nameJa\":\"x\",\"nameEn\":\"x\"}}");
        assertThat(errors(badAlias).keySet()).containsExactly("id");
        HttpResponse<String> noVersion = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + other,
                "{\"kind\":\"member\",\"membershipClass\":\"full\",\"profile\":{\"nameJa\":\"x\",\"nameEn\":\"x\"}}");
        assertThat(errors(noVersion).keySet()).containsExactly("version");
        HttpResponse<String> notJson = as(DemoUser.SECRETARIAT).postJson("/api/organizations", "{\"id\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theSecretariatSuspendsReinstatesAndWithdrawsWithAReasonAndTheHistoryKeepsEveryStep() {
        String id = unique("lifecycle");
        registerMember(id, "ライフサイクル " + id);
        HttpResponse<String> noReason = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id + "/status",
                "{\"status\":\"suspended\"}");
        assertThat(errors(noReason).keySet()).containsExactly("reason");
        HttpResponse<String> review = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id + "/status",
                "{\"status\":\"under-review\",\"reason\":\"x\"}");
        assertThat(errors(review).keySet()).containsExactly("status");
        HttpResponse<String> notSuspended = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id + "/status",
                "{\"status\":\"active\",\"reason\":\"x\"}");
        assertThat(notSuspended.statusCode()).isEqualTo(409);

        for (String[] step : new String[][] {{"suspended", "会費未納"}, {"active", "会費納入を確認"},
                {"withdrawn", "退会届の受理"}}) {
            HttpResponse<String> response = putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id + "/status",
                    "{\"status\":\"%s\",\"reason\":\"%s\"}".formatted(step[0], step[1]));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        assertThat(putJson(as(DemoUser.SECRETARIAT), "/api/organizations/" + id + "/status",
                "{\"status\":\"active\",\"reason\":\"戻す\"}").statusCode()).as("withdrawal is final").isEqualTo(409);

        JsonArray history = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/organizations/" + id + "/history"));
        assertThat(history.getValuesAs(JsonObject.class)).extracting(t -> t.getString("to"))
                .containsExactly("active", "suspended", "active", "withdrawn");
        assertThat(history.getJsonObject(3).getString("reason")).isEqualTo("退会届の受理");
        assertThat(history.getJsonObject(3).getString("actorName")).isEqualTo("jilc.secretariat");
        assertThat(history.getJsonObject(3).getString("occurredAt")).isNotBlank();

        assertThat(as(DemoUser.MEMBER_ADMIN).get("/api/organizations/tama/history").statusCode()).isEqualTo(200);
        assertThat(as(DemoUser.MEMBER_ADMIN).get("/api/organizations/" + id + "/history").statusCode())
                .isEqualTo(403);
        assertThat(as(DemoUser.MEMBER_STAFF).get("/api/organizations/tama/history").statusCode()).isEqualTo(403);
        assertThat(as(DemoUser.STEERING_AGENCY).get("/api/organizations/jst/history").statusCode()).isEqualTo(403);
    }
}
