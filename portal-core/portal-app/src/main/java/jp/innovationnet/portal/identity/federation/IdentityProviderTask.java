package jp.innovationnet.portal.identity.federation;

import java.io.StringReader;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;
import jp.innovationnet.portal.identity.sync.SyncTask;
import jp.innovationnet.portal.identity.sync.SyncTaskHandler;

/**
 * Configures an approved identity provider in Keycloak: an OIDC provider from the member's discovery document
 * (Keycloak reads it), with the client id and secret, e-mail trusted, mappers giving its users the role
 * member-staff and their e-mail address as user name (user names of different members' providers would collide),
 * linked to the organization with {@code kc.org.domain} and "redirect when the e-mail domain
 * matches", so that Keycloak's identity-first login sends {@code someone@domain} there and back as a member.
 * Idempotent; once Keycloak has the secret, the portal forgets it.
 */
@ApplicationScoped
public class IdentityProviderTask implements SyncTaskHandler {

    static final String DOMAIN_KEY = "kc.org.domain";
    static final String REDIRECT_KEY = "kc.org.broker.redirect.mode.email-matches";

    @Inject
    KeycloakRealm realm;

    @Inject
    FederationRequests requests;

    @Override
    public SyncTask.Kind kind() {
        return SyncTask.Kind.IDENTITY_PROVIDER;
    }

    @Override
    public void apply(SyncTask task) {
        long id;
        try (var reader = Json.createReader(new StringReader(task.getPayload()))) {
            id = reader.readObject().getJsonNumber("requestId").longValue();
        }
        IdentityProviderRequest request = requests.find(id).orElseThrow(
                () -> new KeycloakException("identity provider request " + id + " is gone", 404, null));
        Optional<String> secret = requests.secret(id);
        Optional<JsonObject> existing = realm.identityProvider(request.getAlias());
        if (secret.isPresent()) {
            JsonObject representation = representation(request, secret.get(),
                    realm.importOidcConfiguration(request.getDiscoveryUrl()));
            if (existing.isEmpty()) {
                realm.createIdentityProvider(representation);
            } else {
                realm.updateIdentityProvider(request.getAlias(), representation);
            }
        } else if (existing.isEmpty()) {
            throw new KeycloakException("identity provider " + request.getAlias() + " is missing in Keycloak and the "
                    + "client secret is no longer kept: the member must request it again", 409, null);
        }
        ensureMappers(request.getAlias());
        String organization = realm.organization(request.getOrganizationId()).orElseThrow(() -> new KeycloakException(
                "organization " + request.getOrganizationId() + " is not in Keycloak yet", 404, null)).getString("id");
        realm.linkIdentityProvider(organization, request.getAlias());
        JsonObject linked = realm.identityProvider(request.getAlias()).orElseThrow();
        JsonObject config = linked.getJsonObject("config");
        if (!request.getDomain().equals(config.getString(DOMAIN_KEY, "")) || !"true".equals(config.getString(REDIRECT_KEY, ""))) {
            realm.updateIdentityProvider(request.getAlias(), Json.createObjectBuilder(linked)
                    .add("config", Json.createObjectBuilder(config).add(DOMAIN_KEY, request.getDomain())
                            .add(REDIRECT_KEY, "true")).build());
        }
        requests.configured(id);
    }

    private static JsonObject representation(IdentityProviderRequest request, String secret, JsonObject imported) {
        JsonObjectBuilder config = Json.createObjectBuilder(imported)
                .add("clientId", request.getClientId())
                .add("clientSecret", secret)
                .add("clientAuthMethod", "client_secret_post")
                .add("defaultScope", "openid profile email")
                .add("syncMode", "IMPORT")
                .add("pkceEnabled", "true")
                .add("pkceMethod", "S256")
                .add("validateSignature", "true")
                .add("useJwksUrl", "true");
        return Json.createObjectBuilder()
                .add("alias", request.getAlias())
                .add("displayName", request.getDomain())
                .add("providerId", "oidc")
                .add("enabled", true)
                .add("trustEmail", true)
                .add("config", config)
                .build();
    }

    private void ensureMappers(String alias) {
        ensureMapper(alias, "member-staff", "oidc-hardcoded-role-idp-mapper", Json.createObjectBuilder()
                .add("role", PortalRole.MEMBER_STAFF.roleName()).add("syncMode", "INHERIT"));
        ensureMapper(alias, "username-is-email", "oidc-username-idp-mapper", Json.createObjectBuilder()
                .add("template", "${CLAIM.email}").add("target", "LOCAL").add("syncMode", "INHERIT"));
    }

    private void ensureMapper(String alias, String name, String type, JsonObjectBuilder config) {
        boolean present = realm.identityProviderMappers(alias).stream()
                .anyMatch(m -> name.equals(m.asJsonObject().getString("name", "")));
        if (!present) {
            realm.addIdentityProviderMapper(alias, Json.createObjectBuilder()
                    .add("name", name)
                    .add("identityProviderAlias", alias)
                    .add("identityProviderMapper", type)
                    .add("config", config)
                    .build());
        }
    }
}
