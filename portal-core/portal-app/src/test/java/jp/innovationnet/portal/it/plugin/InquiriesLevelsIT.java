package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.Json;
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
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.plugin.PluginApiIT.assertProblem;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inquiry desk's routing rules and canned replies in the running portal: the secretariat's rules and their suggestion with
 * organizations named from the registry, canned replies; who may call each route, every demo user and a visitor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class InquiriesLevelsIT {

    private static final String BASE = "/api/plugins/inquiries";
    private static final String JSON = "application/json";
    /** Everybody who works inquiries: all demo users but the overseas partner. */
    private static final Set<DemoUser> STAFF = EnumSet.complementOf(EnumSet.of(DemoUser.OVERSEAS_PARTNER));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void install() {
        PluginBundles.ensureInstalled(as(DemoUser.SECRETARIAT), "inquiries", PluginBundles.inquiries());
    }

    @Test
    void onlyTheSecretariatKeepsRulesAndRepliesWhileStaffReadSuggestionsAndReplies() {
        List<String> readByStaff = List.of("/routing-rules/suggestion?topic=technology", "/canned-replies");
        for (DemoUser user : DemoUser.values()) {
            PortalClient client = as(user);
            for (String path : readByStaff) {
                HttpResponse<String> response = client.get(BASE + path);
                if (STAFF.contains(user)) {
                    assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
                } else {
                    assertProblem(response, 403);
                }
            }
            if (user != DemoUser.SECRETARIAT) {
                assertProblem(client.get(BASE + "/routing-rules"), 403);
                assertProblem(client.postJson(BASE + "/routing-rules", rule("technology", "Kanto", "tama")), 403);
                assertProblem(client.putBytes(BASE + "/routing-rules/1", JSON, bytes(rule("other", null, "tama"))), 403);
                assertProblem(client.delete(BASE + "/routing-rules/1"), 403);
                assertProblem(client.postJson(BASE + "/canned-replies", reply("題", "Title", null)), 403);
                assertProblem(client.putBytes(BASE + "/canned-replies/1", JSON, bytes(reply("題", "Title", null))), 403);
                assertProblem(client.delete(BASE + "/canned-replies/1"), 403);
            }
        }
        PortalClient visitor = PortalClient.anonymous();
        for (String path : List.of("/routing-rules", "/routing-rules/suggestion?topic=technology", "/canned-replies",
                "/canned-replies/1")) {
            assertProblem(visitor.get(BASE + path), 401);
        }
        assertProblem(visitor.postJson(BASE + "/routing-rules", rule("technology", null, "aist")), 401);
        assertProblem(visitor.delete(BASE + "/routing-rules/1"), 401);
        assertProblem(visitor.postJson(BASE + "/canned-replies", reply("題", "Title", null)), 401);
        assertThat(rules().size()).as("nothing was added by those refused").isEqualTo(8);
    }

    @Test
    void theSecretariatEditsRulesAndTheMostSpecificRuleIsSuggested() {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        JsonArray seeded = rules();
        assertThat(seeded.getValuesAs(JsonObject.class)).extracting(r -> r.getString("topic") + ">"
                + r.getJsonObject("organization").getString("id")).containsExactly("technology>aist",
                "ip-licensing>aist", "rd-funding>jst", "startup>smrj", "overseas>jetro", "policy>jilc",
                "partner-search>jilc", "other>jilc");
        assertThat(seeded.getJsonObject(2).getJsonObject("organization").getString("nameJa")).isNotBlank();
        assertThat(suggested(DemoUser.MEMBER_STAFF, "technology", "Chubu")).containsExactly("aist");
        assertThat(suggested(DemoUser.STEERING_AGENCY, "rd-funding", null)).containsExactly("jst");

        HttpResponse<String> created = secretariat.postJson(BASE + "/routing-rules",
                rule("technology", "Chubu", "smrj"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject rule = (JsonObject) PortalClient.json(created);
        long id = idOf(rule);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("routing-rules/" + id));
        assertThat(rule.getInt("position")).isEqualTo(90);
        assertThat(suggested(DemoUser.COORDINATOR, "technology", "Chubu")).containsExactly("smrj");
        JsonObject named = suggestion(DemoUser.COORDINATOR, "technology", "Chubu").getJsonArray("organizations")
                .getJsonObject(0);
        assertThat(named.getString("nameJa")).isNotBlank();
        assertThat(named.getString("nameEn")).isNotBlank();
        assertThat(suggested(DemoUser.COORDINATOR, "technology", "Kanto")).containsExactly("aist");
        assertProblem(secretariat.postJson(BASE + "/routing-rules", rule("technology", "Chubu",
                "smrj")), 409);

        HttpResponse<String> changed = secretariat.putBytes(BASE + "/routing-rules/" + id, JSON,
                bytes(rule("technology", "Chubu", "jetro")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(suggested(DemoUser.WIDE_COORDINATOR, "technology", "Chubu")).containsExactly("jetro");

        int before = rules().size();
        HttpResponse<String> unknown = secretariat.postJson(BASE + "/routing-rules", rule("cooking", "Narnia",
                "nobody"));
        assertField(unknown, "topic");
        assertField(unknown, "region");
        assertField(secretariat.postJson(BASE + "/routing-rules", rule("other", "Kanto", "nobody")), "organizationId");
        assertField(secretariat.postJson(BASE + "/routing-rules", rule(null, null, "aist")), "topic");
        assertField(secretariat.putBytes(BASE + "/routing-rules/" + id, JSON, bytes(rule("other", null, "nobody"))),
                "organizationId");
        assertThat(rules().size()).as("nothing half-saved").isEqualTo(before);
        assertThat(suggested(DemoUser.SECRETARIAT, "technology", "Chubu")).containsExactly("jetro");
        assertField(secretariat.get(BASE + "/routing-rules/suggestion?topic=cooking"), "topic");
        assertField(secretariat.get(BASE + "/routing-rules/suggestion"), "topic");
        assertField(secretariat.get(BASE + "/routing-rules/suggestion?topic=other&region=Atlantis"), "region");

        assertThat(secretariat.delete(BASE + "/routing-rules/" + id).statusCode()).isEqualTo(204);
        assertProblem(secretariat.delete(BASE + "/routing-rules/" + id), 404);
        assertProblem(secretariat.putBytes(BASE + "/routing-rules/" + id, JSON, bytes(rule("other", null, "jilc"))),
                404);
        assertProblem(secretariat.delete(BASE + "/routing-rules/not-a-number"), 404);
        assertThat(suggested(DemoUser.MEMBER_ADMIN, "technology", "Chubu")).containsExactly("aist");
    }

    @Test
    void theSecretariatWritesCannedRepliesInBothLanguagesAndStaffReadThemByTopic() {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        long general = idOf(created(secretariat.postJson(BASE + "/canned-replies", reply("受付のお知らせ",
                "Acknowledgement", null))));
        long overseas = idOf(created(secretariat.postJson(BASE + "/canned-replies", reply("JETRO のご案内",
                "About JETRO", "overseas"))));
        long funding = idOf(created(secretariat.postJson(BASE + "/canned-replies", reply("公募のご案内",
                "Calls for proposals", "rd-funding"))));

        List<Long> forOverseas = ids(as(DemoUser.STEERING_AGENCY).get(BASE + "/canned-replies?topic=overseas"));
        assertThat(forOverseas).contains(general, overseas).doesNotContain(funding);
        assertThat(ids(as(DemoUser.MEMBER_STAFF).get(BASE + "/canned-replies"))).contains(general, overseas, funding);
        JsonObject one = (JsonObject) PortalClient.json(as(DemoUser.COORDINATOR)
                .get(BASE + "/canned-replies/" + overseas));
        assertThat(one.getString("titleJa")).isEqualTo("JETRO のご案内");
        assertThat(one.getString("textEn")).isEqualTo("About JETRO\nWith a second line.");
        assertThat(one.getString("topic")).isEqualTo("overseas");

        HttpResponse<String> changed = secretariat.putBytes(BASE + "/canned-replies/" + overseas, JSON,
                bytes(reply("海外展開のご案内", "Going abroad", "overseas")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(changed)).getString("titleEn")).isEqualTo("Going abroad");

        HttpResponse<String> bad = secretariat.postJson(BASE + "/canned-replies", Json.createObjectBuilder()
                .add("titleJa", "").add("titleEn", "x".repeat(201)).add("textJa", "鈴\u0007").add("topic", "cooking")
                .build().toString());
        for (String field : List.of("titleJa", "titleEn", "textJa", "textEn", "topic")) {
            assertField(bad, field);
        }
        assertThat(((JsonObject) PortalClient.json(bad)).getJsonObject("errors").getString("titleEn"))
                .as("the desk's wording of a text's length").isIn("200文字以内で入力してください", "must be at most 200 characters");
        assertField(as(DemoUser.MEMBER_ADMIN).get(BASE + "/canned-replies?topic=cooking"), "topic");
        assertThat(ids(secretariat.get(BASE + "/canned-replies"))).hasSize(3);

        for (long id : List.of(general, overseas, funding)) {
            assertThat(secretariat.delete(BASE + "/canned-replies/" + id).statusCode()).isEqualTo(204);
        }
        assertProblem(as(DemoUser.MEMBER_STAFF).get(BASE + "/canned-replies/" + overseas), 404);
        assertProblem(secretariat.putBytes(BASE + "/canned-replies/" + overseas, JSON,
                bytes(reply("題", "Title", null))), 404);
    }

    private static JsonArray rules() {
        HttpResponse<String> response = as(DemoUser.SECRETARIAT).get(BASE + "/routing-rules");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (JsonArray) PortalClient.json(response);
    }

    private static JsonObject suggestion(DemoUser user, String topic, String region) {
        HttpResponse<String> response = as(user).get(BASE + "/routing-rules/suggestion?topic=" + topic
                + (region == null ? "" : "&region=" + region));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(response);
    }

    private static List<String> suggested(DemoUser user, String topic, String region) {
        return suggestion(user, topic, region).getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }

    private static String rule(String topic, String region, String organizationId) {
        var rule = Json.createObjectBuilder().add("organizationId", organizationId);
        if (topic != null) {
            rule.add("topic", topic);
        }
        if (region != null) {
            rule.add("region", region);
        }
        return rule.build().toString();
    }

    private static String reply(String titleJa, String titleEn, String topic) {
        var reply = Json.createObjectBuilder().add("titleJa", titleJa).add("titleEn", titleEn)
                .add("textJa", titleJa + "\n二行目です。").add("textEn", titleEn + "\nWith a second line.");
        if (topic != null) {
            reply.add("topic", topic);
        }
        return reply.build().toString();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return (JsonObject) PortalClient.json(response);
    }

    private static long idOf(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Function<JsonObject, Long> id = InquiriesLevelsIT::idOf;
        return ((JsonArray) PortalClient.json(response)).getValuesAs(JsonObject.class).stream().map(id).toList();
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 422);
        assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").keySet()).as(response.body())
                .contains(field);
    }
}
