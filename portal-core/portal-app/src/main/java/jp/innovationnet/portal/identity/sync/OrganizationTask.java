package jp.innovationnet.portal.identity.sync;

import java.io.StringReader;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;

/**
 * Brings a Keycloak organization to the portal's state: creates it if missing, else puts the desired names,
 * attributes, domains and enabled flag (skipped when Keycloak records this task or a later one as applied), then
 * sets its members' access to match ({@link MemberAccess}).
 */
@ApplicationScoped
public class OrganizationTask implements SyncTaskHandler {

    @Inject
    KeycloakRealm realm;

    @Inject
    MemberAccess memberAccess;

    @Override
    public SyncTask.Kind kind() {
        return SyncTask.Kind.ORGANIZATION;
    }

    @Override
    public void apply(SyncTask task) {
        DesiredOrganization desired;
        try (var reader = Json.createReader(new StringReader(task.getPayload()))) {
            desired = DesiredOrganization.fromJson(reader.readObject());
        }
        Optional<JsonObject> existing = realm.organization(desired.alias());
        String keycloakId;
        if (existing.isEmpty()) {
            keycloakId = realm.createOrganization(desired.representation(null, task.getId()));
        } else {
            keycloakId = existing.get().getString("id");
            if (DesiredOrganization.lastTask(existing.get()) < task.getId()) {
                realm.updateOrganization(keycloakId, desired.representation(existing.get(), task.getId()));
            }
        }
        memberAccess.apply(desired.alias(), keycloakId, desired.enabled());
    }
}
