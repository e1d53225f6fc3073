package jp.innovationnet.portal.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.innovationnet.portal.it.support.Browser;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.KeycloakSession;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser logging in through Keycloak (authorization code + PKCE), using the API on its cookie, logging out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class BrowserSessionIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private URI portal() {
        return URI.create(base.toString());
    }

    @Test
    void login_reaches_the_protected_page_and_the_api_on_the_session_cookie() {
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.logIn(portal(), DemoUser.COORDINATOR, "/api/me");

        assertThat(landed.uri().getPath()).isEqualTo("/api/me");
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        JsonObject me = json(landed.body());
        assertThat(me.getString("username")).isEqualTo("hamamatsu.coordinator");
        assertThat(me.getString("organization")).isEqualTo("hamamatsu-technopolis");
        assertThat(me.getJsonArray("roles").toString()).contains("coordinator", "member-staff");
    }

    @Test
    void the_protected_page_sends_an_anonymous_browser_to_keycloak() {
        Browser browser = new Browser();

        HttpResponse<String> page = browser.get(portal().resolve("/login"));

        assertThat(page.uri().toString()).startsWith(KeycloakSession.realmUrl() + "/protocol/openid-connect/auth");
        assertThat(page.uri().getQuery()).contains("code_challenge_method=S256", "client_id=portal");
        assertThat(page.body()).contains("name=\"username\"");
    }

    @Test
    void a_cookie_post_without_the_csrf_token_is_refused() {
        Browser browser = new Browser();
        browser.logIn(portal(), DemoUser.MEMBER_STAFF, "/");

        HttpResponse<String> refused = browser.post(portal().resolve("/api/logout"), Map.of(), "{}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("X-CSRF-Token");
        // still logged in
        assertThat(browser.get(portal().resolve("/api/me")).statusCode()).isEqualTo(200);

        String token = json(browser.get(portal().resolve("/api/csrf")).body()).getString("token");
        HttpResponse<String> accepted = browser.post(portal().resolve("/api/logout"),
                Map.of("X-CSRF-Token", token), "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted.body()).getString("location")).contains("/protocol/openid-connect/logout");
    }

    @Test
    void a_wrong_csrf_token_is_refused() {
        Browser browser = new Browser();
        browser.logIn(portal(), DemoUser.MEMBER_STAFF, "/");
        browser.get(portal().resolve("/api/csrf"));

        HttpResponse<String> refused = browser.post(portal().resolve("/api/logout"),
                Map.of("X-CSRF-Token", "forged"), "{}");

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void logout_ends_both_sessions_and_replayed_cookies_are_refused() {
        Browser browser = new Browser();
        browser.logIn(portal(), DemoUser.SECRETARIAT, "/api/me");
        List<HttpCookie> before = browser.cookies();

        assertThat(browser.get(portal().resolve("/logout")).statusCode()).as("opening an address logs nobody out")
                .isEqualTo(200);
        assertThat(browser.get(portal().resolve("/api/me")).statusCode()).isEqualTo(200);

        String token = json(browser.get(portal().resolve("/api/csrf")).body()).getString("token");
        HttpResponse<String> logout = browser.post(portal().resolve("/api/logout"), Map.of("X-CSRF-Token", token), "{}");
        HttpResponse<String> afterLogout = browser.get(URI.create(json(logout.body()).getString("location")));

        assertThat(afterLogout.uri()).isEqualTo(portal().resolve("/"));
        assertThat(browser.get(portal().resolve("/api/me")).statusCode()).isEqualTo(401);

        Browser replay = new Browser();
        replay.addCookies(before);
        assertThat(replay.get(portal().resolve("/api/me")).statusCode()).isEqualTo(401);
        // Keycloak's session is gone too: the replayed Keycloak cookies get the login form, not a new code
        HttpResponse<String> login = replay.get(portal().resolve("/login"));
        assertThat(login.uri().toString()).startsWith(KeycloakSession.realmUrl());
        assertThat(login.body()).contains("name=\"username\"");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
