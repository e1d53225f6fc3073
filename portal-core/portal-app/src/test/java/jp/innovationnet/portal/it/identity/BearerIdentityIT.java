package jp.innovationnet.portal.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Programs calling the API with Keycloak access tokens (mpJwt path), and anonymous callers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class BearerIdentityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void me_without_a_token_is_a_401_problem() throws Exception {
        HttpResponse<String> response = get("api/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                t -> assertThat(t).startsWith("Bearer"));
        assertThat(json(response).getInt("status")).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void me_with_a_token_shows_the_callers_roles_and_organization(DemoUser user) throws Exception {
        HttpResponse<String> response = get("api/me", user);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject me = json(response);
        assertThat(me.getString("username")).isEqualTo(user.username());
        assertThat(me.getString("userId")).isNotBlank();
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrderElementsOf(user.roles());
        if (user.organization().isPresent()) {
            assertThat(me.getString("organization")).isEqualTo(user.organization().get());
        } else {
            assertThat(me.isNull("organization")).isTrue();
        }
    }

    @Test
    void locale_follows_accept_language() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/me"))
                .header("Authorization", Tokens.bearer(DemoUser.OVERSEAS_PARTNER))
                .header("Accept-Language", "en-GB,en;q=0.8").build();

        assertThat(json(HTTP.send(request, HttpResponse.BodyHandlers.ofString())).getString("locale"))
                .isEqualTo("en");
        assertThat(json(get("api/me", DemoUser.MEMBER_STAFF)).getString("locale")).isEqualTo("ja");
    }

    @Test
    void a_secretariat_route_is_a_403_problem_for_member_staff() throws Exception {
        HttpResponse<String> response = get("api/admin/roles", DemoUser.MEMBER_STAFF);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).getString("title")).isEqualTo("Forbidden");
    }

    @Test
    void a_secretariat_route_answers_the_secretariat() throws Exception {
        HttpResponse<String> response = get("api/admin/roles", DemoUser.SECRETARIAT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"secretariat\"", "\"overseas-partner\"");
    }

    @Test
    void a_secretariat_route_is_a_401_problem_for_anonymous_callers() throws Exception {
        assertThat(get("api/admin/roles", null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_forged_token_is_refused() throws Exception {
        String token = Tokens.accessToken(DemoUser.MEMBER_STAFF);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/me"))
                .header("Authorization", "Bearer " + tampered).build();

        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void the_container_does_not_block_plugin_routes_for_anonymous_callers() throws Exception {
        HttpResponse<String> response = get("api/plugins/no-such-plugin/anything", null);

        // Whatever the plugin host answers, it is not the container's login challenge
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.statusCode()).isNotIn(401, 403);
    }

    private HttpResponse<String> get(String path, DemoUser user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            request.header("Authorization", Tokens.bearer(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
