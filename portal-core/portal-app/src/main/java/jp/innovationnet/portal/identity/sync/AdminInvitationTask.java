package jp.innovationnet.portal.identity.sync;

import java.io.StringReader;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;

/**
 * Invites an admitted member's first administrator: someone who has an account already becomes a member with the
 * administrator's roles at once; anyone else gets Keycloak's organization invitation by e-mail (Keycloak sends it
 * through the realm's SMTP server) and their roles once the account exists ({@link AdminInvitations}). Not sent
 * again when the invitation is recorded already.
 */
@ApplicationScoped
public class AdminInvitationTask implements SyncTaskHandler {

    @Inject
    KeycloakRealm realm;

    @Inject
    AdminInvitations invitations;

    @Override
    public SyncTask.Kind kind() {
        return SyncTask.Kind.INVITE_ADMIN;
    }

    @Override
    public void apply(SyncTask task) {
        JsonObject payload;
        try (var reader = Json.createReader(new StringReader(task.getPayload()))) {
            payload = reader.readObject();
        }
        String email = payload.getString("email");
        String organizationId = task.getOrganizationId();
        String keycloakOrg = realm.organization(organizationId).orElseThrow(() -> new KeycloakException(
                "organization " + organizationId + " is not in Keycloak yet", 404, null)).getString("id");
        Optional<JsonObject> user = realm.userByEmail(email);
        if (user.isPresent()) {
            realm.addMember(keycloakOrg, user.get().getString("id"));
        } else if (invitations.find(organizationId, email).isEmpty()) {
            String[] names = payload.getString("name", "").split("\\s+", 2);
            realm.invite(keycloakOrg, email, names[0], names.length > 1 ? names[1] : "");
        }
        invitations.record(organizationId, email);
        invitations.find(organizationId, email).ifPresent(i -> invitations.grantIfPresent(i, keycloakOrg));
    }
}
