package jp.innovationnet.portal.identity.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first administrator's invitation at admission, against a Keycloak fake that records what it was asked. */
class AdminInvitationTaskTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, AdminInvitation> recorded = new HashMap<>();
    private JsonObject existingUser;
    private AdminInvitationTask task;

    @BeforeEach
    void wire() {
        KeycloakRealm realm = new KeycloakRealm(null) {
            @Override
            public Optional<JsonObject> organization(String alias) {
                return Optional.of(Json.createObjectBuilder().add("id", "kc-" + alias).add("alias", alias).build());
            }

            @Override
            public Optional<JsonObject> userByEmail(String email) {
                return Optional.ofNullable(existingUser);
            }

            @Override
            public boolean isMember(String organizationId, String userId) {
                return calls.contains("addMember " + organizationId + " " + userId);
            }

            @Override
            public void addMember(String organizationId, String userId) {
                calls.add("addMember " + organizationId + " " + userId);
            }

            @Override
            public void invite(String organizationId, String email, String firstName, String lastName) {
                calls.add("invite " + organizationId + " " + email + " " + firstName + "/" + lastName);
            }

            @Override
            public void grantRealmRole(String userId, String role) {
                calls.add("grant " + userId + " " + role);
            }
        };
        AdminInvitations invitations = new AdminInvitations() {
            @Override
            public Optional<AdminInvitation> find(String organizationId, String email) {
                return Optional.ofNullable(recorded.get(organizationId + " " + email));
            }

            @Override
            public void record(String organizationId, String email) {
                recorded.putIfAbsent(organizationId + " " + email, new AdminInvitation(organizationId, email));
            }

            @Override
            void markGranted(String organizationId, String email) {
                recorded.get(organizationId + " " + email).granted();
            }
        };
        invitations.realm = realm;
        task = new AdminInvitationTask();
        task.realm = realm;
        task.invitations = invitations;
    }

    private static SyncTask invite(String email, String name) {
        return new SyncTask("tama", SyncTask.Kind.INVITE_ADMIN, Json.createObjectBuilder().add("email", email)
                .add("name", name).add("language", "ja").build().toString());
    }

    @Test
    void someone_without_an_account_gets_keycloaks_invitation_once_however_often_the_task_runs() {
        task.apply(invite("yamada@tama.example", "山田 花子"));
        task.apply(invite("yamada@tama.example", "山田 花子"));

        assertThat(calls).containsExactly("invite kc-tama yamada@tama.example 山田/花子");
        assertThat(recorded.get("tama yamada@tama.example").getGrantedAt()).as("no account yet").isNull();
    }

    @Test
    void someone_with_an_account_becomes_a_member_and_administrator_at_once() {
        existingUser = Json.createObjectBuilder().add("id", "u-1").add("email", "suzuki@tama.example").build();

        task.apply(invite("suzuki@tama.example", "鈴木 一郎"));

        assertThat(calls).containsExactly("addMember kc-tama u-1", "grant u-1 member-admin", "grant u-1 member-staff");
        assertThat(recorded.get("tama suzuki@tama.example").getGrantedAt()).isNotNull();
    }
}
