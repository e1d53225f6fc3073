package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The tests' own view of Keycloak, as its bootstrap administrator (master realm, {@code admin-cli}): reads back
 * what the portal did, changes things behind the portal's back, and sets up users and realms for scenarios.
 */
public final class RealmAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RealmAdmin() {
    }

    /** @param alias an organization alias @return the organization in the portal's realm, if any */
    public static Optional<JsonObject> organization(String alias) {
        JsonArray found = (JsonArray) get("/admin/realms/" + KeycloakSession.REALM
                + "/organizations?briefRepresentation=false&q=" + encode("alias:" + alias));
        return found.stream().map(JsonValue::asJsonObject).filter(o -> alias.equals(o.getString("alias"))).findFirst();
    }

    /** @param path below the server, e.g. {@code /admin/realms/x/users} @return the JSON answer */
    public static JsonStructure get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        check(response, path);
        return parse(response.body());
    }

    /** @param path a resource @param json its new representation */
    public static void put(String path, JsonValue json) {
        check(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString()))), path);
    }

    /** @param path a collection @param json what to add @return the response */
    public static HttpResponse<String> post(String path, JsonValue json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())));
        check(response, path);
        return response;
    }

    /** @param path a resource to remove */
    public static void delete(String path) {
        send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /**
     * @param realm    a realm
     * @param username a new user's name
     * @param email    their address
     * @param password their password
     * @return their id
     */
    public static String createUser(String realm, String username, String email, String password) {
        HttpResponse<String> created = post("/admin/realms/" + realm + "/users", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("emailVerified", true)
                .add("firstName", "Test").add("lastName", username).add("enabled", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** @param userId a user of the portal's realm @return the user */
    public static JsonObject user(String userId) {
        return (JsonObject) get("/admin/realms/" + KeycloakSession.REALM + "/users/" + userId);
    }

    /** @param userId a user @param role a realm role of the portal's realm to give them */
    public static void grantRole(String userId, String role) {
        JsonObject representation = (JsonObject) get("/admin/realms/" + KeycloakSession.REALM + "/roles/" + role);
        post("/admin/realms/" + KeycloakSession.REALM + "/users/" + userId + "/role-mappings/realm",
                Json.createArrayBuilder().add(representation).build());
    }

    /** @param organizationId Keycloak's id @param userId a user to add as a member */
    public static void addMember(String organizationId, String userId) {
        post("/admin/realms/" + KeycloakSession.REALM + "/organizations/" + organizationId + "/members",
                Json.createValue(userId));
    }

    /**
     * @param username a user of the portal's realm
     * @param password their password
     * @return an access token for the portal's API (portal-cli, password grant, scope organization:*)
     */
    public static String token(String username, String password) {
        String form = "grant_type=password&client_id=portal-cli&username=" + encode(username)
                + "&password=" + encode(password) + "&scope=" + encode("openid organization:*");
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                        URI.create(KeycloakSession.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        check(response, "token for " + username);
        return ((JsonObject) parse(response.body())).getString("access_token");
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=it-admin";
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                        URI.create(KeycloakSession.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        check(response, "admin token");
        return ((JsonObject) parse(response.body())).getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + adminToken()));
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static URI uri(String path) {
        return URI.create(KeycloakSession.url() + path);
    }

    private static JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
