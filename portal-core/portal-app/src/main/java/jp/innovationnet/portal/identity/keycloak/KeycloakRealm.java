package jp.innovationnet.portal.identity.keycloak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the portal does in its Keycloak realm: organizations, their members, users' realm roles, invitations and
 * identity providers. Addresses organizations by alias (= the portal's organization id). Reads and writes are plain
 * Admin API calls; callers make them idempotent (create if missing, set to the desired state).
 *
 * <p>Configuration: {@code portal.identity.keycloak.url} (default {@code keycloak.url}; the URL the back end uses),
 * {@code keycloak.realm}, {@code portal.service.client.id} ({@code portal-service}) and
 * {@code portal.service.client.secret} ({@code PORTAL_SERVICE_CLIENT_SECRET}).
 */
@ApplicationScoped
public class KeycloakRealm {

    private static final int PAGE = 100;

    @Inject
    @ConfigProperty(name = "portal.identity.keycloak.url")
    Optional<String> backEndUrl;

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "innovation-net")
    String realm;

    @Inject
    @ConfigProperty(name = "portal.service.client.id", defaultValue = "portal-service")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.service.client.secret", defaultValue = "")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "portal.identity.keycloak.timeout-ms", defaultValue = "5000")
    long timeoutMs;

    private KeycloakAdmin admin;

    /** For CDI. */
    protected KeycloakRealm() {
    }

    /** @param admin the Admin API client (tests) */
    public KeycloakRealm(KeycloakAdmin admin) {
        this.admin = admin;
    }

    @PostConstruct
    void connect() {
        admin = new KeycloakAdmin(backEndUrl.filter(u -> !u.isBlank()).orElse(keycloakUrl), realm, clientId,
                clientSecret, Duration.ofMillis(timeoutMs));
    }

    // --- organizations ---------------------------------------------------------------------------------------

    /** @param alias an organization alias @return the organization (full representation), if Keycloak has it */
    public Optional<JsonObject> organization(String alias) {
        JsonArray found = admin.list("organizations?briefRepresentation=false&q=" + KeycloakAdmin.encode("alias:" + alias));
        return found.stream().map(JsonValue::asJsonObject).filter(o -> alias.equals(o.getString("alias", null)))
                .findFirst();
    }

    /** @return every organization of the realm (full representations) */
    public List<JsonObject> organizations() {
        return paged("organizations?briefRepresentation=false");
    }

    /** @param representation the organization @return its Keycloak id */
    public String createOrganization(JsonObject representation) {
        admin.post("organizations", representation, false);
        return organization(representation.getString("alias")).orElseThrow(() -> new KeycloakException(
                "organization " + representation.getString("alias") + " created but not found", 500, null))
                .getString("id");
    }

    /** @param id Keycloak's id @param representation the whole organization as it should be */
    public void updateOrganization(String id, JsonObject representation) {
        admin.put("organizations/" + id, representation);
    }

    /** @param organizationId Keycloak's id @return its members (users) */
    public List<JsonObject> members(String organizationId) {
        return paged("organizations/" + organizationId + "/members?briefRepresentation=false");
    }

    /** @param organizationId Keycloak's id @param userId a user @return whether the user is a member */
    public boolean isMember(String organizationId, String userId) {
        return admin.find("organizations/" + organizationId + "/members/" + userId).isPresent();
    }

    /** @param organizationId Keycloak's id @param userId a user; already being a member is fine */
    public void addMember(String organizationId, String userId) {
        admin.post("organizations/" + organizationId + "/members", Json.createValue(userId), true);
    }

    /** @param organizationId Keycloak's id @param userId a user; not being a member is fine */
    public void removeMember(String organizationId, String userId) {
        admin.delete("organizations/" + organizationId + "/members/" + userId);
    }

    /**
     * Keycloak sends the invitation e-mail itself (the realm's SMTP settings): a link to register, or to join for
     * someone who has an account already.
     *
     * @param organizationId Keycloak's id
     * @param email          whom to invite
     * @param firstName      their first name, or empty
     * @param lastName       their last name, or empty
     */
    public void invite(String organizationId, String email, String firstName, String lastName) {
        admin.postForm("organizations/" + organizationId + "/members/invite-user",
                Map.of("email", email, "firstName", firstName, "lastName", lastName));
    }

    // --- users -----------------------------------------------------------------------------------------------

    /** @param id a user id @return the user, if there is one */
    public Optional<JsonObject> user(String id) {
        return admin.find("users/" + id).map(JsonValue::asJsonObject);
    }

    /** @param email an e-mail address @return the user with exactly that address, if any */
    public Optional<JsonObject> userByEmail(String email) {
        return admin.list("users?exact=true&email=" + KeycloakAdmin.encode(email)).stream()
                .map(JsonValue::asJsonObject).filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
                .findFirst();
    }

    /** @param id a user id @param representation the user as it should be (Keycloak merges the fields given) */
    public void updateUser(String id, JsonObject representation) {
        admin.put("users/" + id, representation);
    }

    /** @param id a user id: ends all their sessions (refresh tokens stop working) */
    public void logOut(String id) {
        admin.post("users/" + id + "/logout", JsonValue.EMPTY_JSON_OBJECT, false);
    }

    /** @param userId a user @return the names of their directly mapped realm roles */
    public Set<String> realmRoles(String userId) {
        Set<String> names = new TreeSet<>();
        admin.list("users/" + userId + "/role-mappings/realm").forEach(r -> names.add(r.asJsonObject().getString("name")));
        return names;
    }

    /** @param userId a user @param role a realm role; holding it already is fine */
    public void grantRealmRole(String userId, String role) {
        if (realmRoles(userId).contains(role)) {
            return;
        }
        JsonObject representation = admin.list("users/" + userId + "/role-mappings/realm/available").stream()
                .map(JsonValue::asJsonObject).filter(r -> role.equals(r.getString("name"))).findFirst()
                .orElseThrow(() -> new KeycloakException("no realm role " + role + " available", 404, null));
        admin.post("users/" + userId + "/role-mappings/realm", Json.createArrayBuilder().add(representation).build(),
                false);
    }

    /** @param userId a user @param role a realm role; not holding it is fine */
    public void revokeRealmRole(String userId, String role) {
        admin.list("users/" + userId + "/role-mappings/realm").stream().map(JsonValue::asJsonObject)
                .filter(r -> role.equals(r.getString("name"))).findFirst()
                .ifPresent(r -> admin.delete("users/" + userId + "/role-mappings/realm",
                        Json.createArrayBuilder().add(r).build()));
    }

    // --- identity providers ----------------------------------------------------------------------------------

    /** @param alias an identity provider's alias @return it, if the realm has it */
    public Optional<JsonObject> identityProvider(String alias) {
        return admin.find("identity-provider/instances/" + KeycloakAdmin.encode(alias)).map(JsonValue::asJsonObject);
    }

    /**
     * @param discoveryUrl an OpenID Provider's discovery document URL
     * @return the identity provider configuration Keycloak derives from it (endpoints, issuer, JWKS)
     */
    public JsonObject importOidcConfiguration(String discoveryUrl) {
        String body = admin.post("identity-provider/import-config", Json.createObjectBuilder()
                .add("providerId", "oidc").add("fromUrl", discoveryUrl).build(), false).body();
        return KeycloakAdmin.parse(body).asJsonObject();
    }

    /** @param representation a new identity provider */
    public void createIdentityProvider(JsonObject representation) {
        admin.post("identity-provider/instances", representation, false);
    }

    /** @param alias an identity provider @param representation it as it should be */
    public void updateIdentityProvider(String alias, JsonObject representation) {
        admin.put("identity-provider/instances/" + KeycloakAdmin.encode(alias), representation);
    }

    /** @param alias an identity provider @return its mappers */
    public JsonArray identityProviderMappers(String alias) {
        return admin.list("identity-provider/instances/" + KeycloakAdmin.encode(alias) + "/mappers");
    }

    /** @param alias an identity provider @param mapper a new mapper */
    public void addIdentityProviderMapper(String alias, JsonObject mapper) {
        admin.post("identity-provider/instances/" + KeycloakAdmin.encode(alias) + "/mappers", mapper, false);
    }

    /** @param organizationId Keycloak's id @return aliases of the identity providers linked to it */
    public Set<String> linkedIdentityProviders(String organizationId) {
        Set<String> aliases = new TreeSet<>();
        admin.list("organizations/" + organizationId + "/identity-providers")
                .forEach(p -> aliases.add(p.asJsonObject().getString("alias")));
        return aliases;
    }

    /** @param organizationId Keycloak's id @param alias an identity provider to link to it; linked already is fine */
    public void linkIdentityProvider(String organizationId, String alias) {
        if (!linkedIdentityProviders(organizationId).contains(alias)) {
            admin.post("organizations/" + organizationId + "/identity-providers", Json.createValue(alias), true);
        }
    }

    private List<JsonObject> paged(String path) {
        List<JsonObject> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int first = 0; ; first += PAGE) {
            JsonArray page = admin.list(path + separator + "first=" + first + "&max=" + PAGE);
            page.forEach(v -> all.add(v.asJsonObject()));
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
