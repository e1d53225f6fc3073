package jp.innovationnet.portal.identity.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;

/**
 * Members' access in Keycloak follows their organization's: when it has none (suspended, withdrawn), every member
 * account Keycloak does not already disable itself (its unmanaged members; it disables managed ones with the
 * organization) is disabled and logged out, and remembered ({@link DisabledMember}); when access returns, exactly
 * the remembered accounts are enabled again. Both directions are idempotent.
 */
@ApplicationScoped
public class MemberAccess {

    @Inject
    KeycloakRealm realm;

    @Inject
    DisabledMembers disabled;

    /**
     * @param alias      the portal's organization id
     * @param keycloakId the Keycloak organization
     * @param enabled    whether its members should have access
     */
    public void apply(String alias, String keycloakId, boolean enabled) {
        if (enabled) {
            for (String userId : disabled.of(alias)) {
                realm.user(userId).ifPresent(user -> {
                    if (!user.getBoolean("enabled", true)) {
                        realm.updateUser(userId, Json.createObjectBuilder(user).add("enabled", true).build());
                    }
                });
                disabled.forget(alias, userId);
            }
        } else {
            for (JsonObject member : realm.members(keycloakId)) {
                if (isUnmanagedAndEnabled(member)) {
                    String userId = member.getString("id");
                    disabled.remember(alias, userId);
                    JsonObject user = realm.user(userId).orElse(member);
                    realm.updateUser(userId, Json.createObjectBuilder(user).add("enabled", false).build());
                    realm.logOut(userId);
                }
            }
        }
    }

    /** @param member a member as Keycloak lists it @return whether the sync must disable it */
    static boolean isUnmanagedAndEnabled(JsonObject member) {
        return !"MANAGED".equals(member.getString("membershipType", "UNMANAGED"))
                && member.getBoolean("enabled", true);
    }
}
