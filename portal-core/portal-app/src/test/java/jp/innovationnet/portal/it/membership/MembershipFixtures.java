package jp.innovationnet.portal.it.membership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.PortalClient;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the membership tests share: organizations they need, unique names, and the public application form as an
 * anonymous browser behind a proxy would use it (each test gives its own client address in {@code X-Forwarded-For},
 * which the test server's {@code remoteIp} trusts from the loopback address, so the per-address limit counts each
 * test apart).
 */
public final class MembershipFixtures {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MembershipFixtures() {
    }

    /** @param prefix what the name says @return a name no other run or test uses */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + ThreadLocalRandom.current().nextInt(1000);
    }

    /** @return a client address of the benchmarking range 198.18.0.0/15, different each time */
    public static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** Registers the demo member TAMA (the demo users' organization) unless it exists. */
    public static void ensureTama() {
        HttpResponse<String> response = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"tama","kind":"member","membershipClass":"full","domains":["tama.example"],
                 "profile":{"nameJa":"一般社団法人首都圏産業活性化協会","nameEn":"Technology Advanced Metropolitan Area Association",
                  "legalForm":"association","prefecture":"13","postalCode":"192-0083","website":"https://www.tamaweb.or.jp/",
                  "fields":["manufacturing"],"services":["business-matching"],
                  "contacts":[{"name":"多摩 太郎","email":"taro@tama.example","primary":true}]}}""");
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
    }

    /**
     * @param id     alias
     * @param nameJa Japanese name
     * @return the registered organization (a full member with one contact)
     */
    static JsonObject registerMember(String id, String nameJa) {
        HttpResponse<String> response = as(DemoUser.SECRETARIAT).postJson("/api/organizations", """
                {"id":"%s","kind":"member","membershipClass":"full",
                 "profile":{"nameJa":"%s","nameEn":"%s","prefecture":"Aichi","postalCode":"460-0001",
                  "contacts":[{"name":"担当 花子","email":"hanako@%s.example","phone":"052-000-0000","primary":true}]}}"""
                .formatted(id, nameJa, id, id));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return (JsonObject) PortalClient.json(response);
    }

    static HttpResponse<String> putJson(PortalClient client, String path, String json) {
        return client.putBytes(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a form token, fetched anonymously */
    static String formToken() {
        HttpResponse<String> response = send("GET", "/api/public/applications/form-token", null, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonObject) PortalClient.json(response)).getString("token");
    }

    /** Waits out the test server's minimum fill time (1 s) after {@link #formToken()}. */
    static void fillIn() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param token    a form token
     * @param nameJa   the organization's Japanese name
     * @param nameEn   its English name
     * @param email    the applicant's address
     * @param language ja or en
     * @return a complete application
     */
    static String application(String token, String nameJa, String nameEn, String email, String language) {
        return """
                {"formToken":"%s","confirmEmail":"",
                 "applicant":{"name":"申込 一郎","email":"%s","phone":"03-1234-5678","language":"%s"},
                 "membershipClass":"supporting","message":"入会を希望します。",
                 "organization":{"nameJa":"%s","nameEn":"%s","legalForm":"foundation","prefecture":"東京都",
                  "postalCode":"１００－０００５","website":"https://www.example.jp/","fields":["it","nano-materials"],
                  "services":["incubation"],"profileJa":"地域の産学官連携を支援します。",
                  "contacts":[{"name":"申込 一郎","email":"%s","primary":true},
                              {"name":"連絡 次郎","email":"jiro@example.jp"}]}}"""
                .formatted(token, email, language, nameJa, nameEn, email);
    }

    /**
     * @param json    the form
     * @param address the client address (X-Forwarded-For)
     * @return the answer
     */
    static HttpResponse<String> submit(String json, String address) {
        return send("POST", "/api/public/applications", json, Map.of("X-Forwarded-For", address));
    }

    /**
     * An anonymous request.
     *
     * @param method  GET or POST
     * @param path    the path
     * @param json    the body, or null
     * @param headers extra headers
     * @return the answer
     */
    public static HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(PortalClient.anonymous().base().resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @param response a problem @return its {@code errors} member */
    static JsonObject errors(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return ((JsonObject) PortalClient.json(response)).getJsonObject("errors");
    }

    static URI base() {
        return PortalClient.anonymous().base();
    }
}
