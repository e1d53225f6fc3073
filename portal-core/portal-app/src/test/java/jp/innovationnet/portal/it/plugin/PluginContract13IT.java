package jp.innovationnet.portal.it.plugin;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

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
 * The additions of plugin contract 1.3, through the contract fixture (a test plugin) in a real portal with Keycloak: the people
 * of an organization (its Keycloak organization's members with their portal roles and language) and one person by
 * id, and the size limit of request bodies (the test server allows the fixture 64 KiB).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class PluginContract13IT {

    private static final String JSON = "application/json";
    /** {@code portal.plugins.contract.max-body-bytes} in {@code src/test/liberty/plugin-services.xml}. */
    private static final int NOTES_LIMIT = 64 * 1024;

    private final PortalClient secretariat = as(DemoUser.SECRETARIAT);
    private final PortalClient staff = as(DemoUser.MEMBER_STAFF);

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
    void thePeopleOfAnOrganizationComeWithTheirRolesAndLanguage() {
        List<JsonObject> tama = people(staff, "/api/plugins/contract/people");
        assertThat(usernames(tama)).contains("tama.admin", "tama.staff", "wide.coordinator")
                .doesNotContain("hamamatsu.staff", "hamamatsu.coordinator", "jilc.secretariat");
        JsonObject admin = byUsername(tama, "tama.admin");
        assertThat(admin.getString("userId")).isEqualTo(userId(DemoUser.MEMBER_ADMIN));
        assertThat(strings(admin.getJsonArray("roles"))).containsExactly("member-admin", "member-staff");
        assertThat(admin.getString("language")).isEqualTo("ja");
        assertThat(admin.getString("email")).isEqualTo("admin@tama.example");
        assertThat(admin.getString("displayName")).isNotBlank();
        assertThat(strings(byUsername(tama, "wide.coordinator").getJsonArray("roles")))
                .containsExactly("coordinator", "member-staff");

        List<JsonObject> hamamatsu = people(secretariat,
                "/api/plugins/contract/people?organization=hamamatsu-technopolis");
        assertThat(usernames(hamamatsu)).as("someone of two organizations is listed with each")
                .contains("hamamatsu.staff", "hamamatsu.coordinator", "wide.coordinator")
                .doesNotContain("tama.admin", "tama.staff");
    }

    @Test
    void nobodyIsListedForAnUnknownOrganizationAndMembersSeeOnlyTheirOwn() {
        assertThat(people(secretariat, "/api/plugins/contract/people?organization=no-such-organization")).isEmpty();
        assertThat(usernames(people(secretariat, "/api/plugins/contract/people?organization=tama")))
                .contains("tama.staff").doesNotContain("hamamatsu.staff");
        HttpResponse<String> other = staff.get("/api/plugins/contract/people?organization=hamamatsu-technopolis");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
        HttpResponse<String> partner = as(DemoUser.OVERSEAS_PARTNER).get("/api/plugins/contract/people");
        assertThat(partner.statusCode()).as("the fixture's people are for its writers").isEqualTo(403);
    }

    @Test
    void onePersonByIdInTheirLanguage() {
        String partnerId = userId(DemoUser.OVERSEAS_PARTNER);
        HttpResponse<String> partner = secretariat.get("/api/plugins/contract/people/" + partnerId);
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        JsonObject person = (JsonObject) PortalClient.json(partner);
        assertThat(person.getString("username")).isEqualTo("overseas.partner");
        assertThat(person.getString("language")).as("Keycloak's locale attribute: en").isEqualTo("en");
        assertThat(strings(person.getJsonArray("roles"))).containsExactly("overseas-partner");

        JsonObject staffPerson = (JsonObject) PortalClient.json(
                secretariat.get("/api/plugins/contract/people/" + userId(DemoUser.MEMBER_STAFF)));
        assertThat(staffPerson.getString("language")).isEqualTo("ja");
        assertThat(strings(staffPerson.getJsonArray("roles"))).containsExactly("member-staff");

        assertThat(secretariat.get("/api/plugins/contract/people/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(secretariat.get("/api/plugins/contract/people/not..a%20user").statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyUpToTheLimitReachesThePluginAndALongerOneIs413() {
        String atLimit = "at-limit-" + UUID.randomUUID();
        HttpResponse<String> passes = staff.postBytes("/api/plugins/contract/notes", JSON, note(atLimit, NOTES_LIMIT));
        assertThat(passes.statusCode()).as(passes.body()).isEqualTo(201);
        String chunked = "chunked-" + UUID.randomUUID();
        HttpResponse<String> passesChunked = staff.postChunked("/api/plugins/contract/notes", JSON,
                note(chunked, NOTES_LIMIT));
        assertThat(passesChunked.statusCode()).as(passesChunked.body()).isEqualTo(201);

        String over = "over-" + UUID.randomUUID();
        assertTooLarge(staff.postBytes("/api/plugins/contract/notes", JSON, note(over, NOTES_LIMIT + 1)));
        assertTooLarge(staff.postChunked("/api/plugins/contract/notes", JSON, note(over, NOTES_LIMIT + 1)));
        assertTooLarge(staff.postBytes("/api/plugins/contract/notes", JSON, note(over, 4 * NOTES_LIMIT)));

        String notes = staff.get("/api/plugins/contract/notes").body();
        assertThat(notes).contains(atLimit, chunked).doesNotContain(over);
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = (JsonObject) PortalClient.json(response);
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("detail")).as("names the limit").contains(String.valueOf(NOTES_LIMIT));
    }

    /** A note whose JSON is exactly {@code size} bytes long: white space between its members fills it up. */
    private static byte[] note(String title, int size) {
        String head = "{\"title\": \"" + title + "\",";
        String tail = "\"body\": \"text\"}";
        byte[] json = (head + " ".repeat(size - head.length() - tail.length()) + tail)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(json).hasSize(size);
        return json;
    }

    private static List<JsonObject> people(PortalClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(response)).getValuesAs(JsonObject.class);
    }

    private static String userId(DemoUser user) {
        return ((JsonObject) PortalClient.json(as(user).get("/api/me"))).getString("userId");
    }

    private static JsonObject byUsername(List<JsonObject> people, String username) {
        return people.stream().filter(p -> p.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static List<String> usernames(List<JsonObject> people) {
        return people.stream().map(p -> p.getString("username")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
