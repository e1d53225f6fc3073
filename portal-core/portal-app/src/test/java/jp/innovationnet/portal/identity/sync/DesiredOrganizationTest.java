package jp.innovationnet.portal.identity.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.Prefecture;
import org.junit.jupiter.api.Test;

class DesiredOrganizationTest {

    private static Organization tama(MembershipStatus status) {
        Organization organization = new Organization("tama", OrganizationKind.MEMBER, OrganizationProfile.of(
                "社団法人首都圏産業活性化協会", "TAMA Association", null, Prefecture.parse("13").orElseThrow(), null),
                status);
        organization.changeDomains(Set.of("tama.example"));
        return organization;
    }

    @Test
    void maps_the_portal_organization_to_keycloaks_and_back_through_the_payload() {
        DesiredOrganization desired = DesiredOrganization.of(tama(MembershipStatus.ACTIVE));

        assertThat(desired.alias()).isEqualTo("tama");
        assertThat(desired.name()).isEqualTo("社団法人首都圏産業活性化協会");
        assertThat(desired.enabled()).isTrue();
        assertThat(desired.attributes()).containsEntry("nameEn", "TAMA Association").containsEntry("kind", "member")
                .containsEntry("prefecture", "13").containsEntry("region", "Kanto").containsEntry("status", "active");
        assertThat(desired.domains()).containsExactly("tama.example");
        assertThat(DesiredOrganization.fromJson(desired.toJson())).isEqualTo(desired);
    }

    @Test
    void suspended_and_withdrawn_organizations_are_disabled_and_applications_are_not_synced() {
        assertThat(DesiredOrganization.of(tama(MembershipStatus.ACTIVE)).enabled()).isTrue();
        assertThat(DesiredOrganization.isSynced(MembershipStatus.SUSPENDED)).isTrue();
        assertThat(DesiredOrganization.isSynced(MembershipStatus.WITHDRAWN)).isTrue();
        assertThat(DesiredOrganization.isSynced(MembershipStatus.APPLIED)).isFalse();
        assertThat(DesiredOrganization.isSynced(MembershipStatus.REJECTED)).isFalse();
    }

    @Test
    void the_representation_keeps_keycloaks_id_description_and_foreign_attributes_and_records_the_task() {
        JsonObject existing = Json.createObjectBuilder().add("id", "kc-1").add("alias", "tama").add("name", "old")
                .add("description", "kept").add("enabled", false)
                .add("attributes", Json.createObjectBuilder()
                        .add("theirs", Json.createArrayBuilder().add("x"))
                        .add("nameEn", Json.createArrayBuilder().add("old")))
                .add("domains", Json.createArrayBuilder()).build();
        DesiredOrganization desired = DesiredOrganization.of(tama(MembershipStatus.ACTIVE));

        JsonObject representation = desired.representation(existing, 42);

        assertThat(representation.getString("id")).isEqualTo("kc-1");
        assertThat(representation.getString("description")).isEqualTo("kept");
        assertThat(representation.getBoolean("enabled")).isTrue();
        assertThat(representation.getJsonObject("attributes").getJsonArray("theirs").getString(0)).isEqualTo("x");
        assertThat(representation.getJsonObject("attributes").getJsonArray("nameEn").getString(0))
                .isEqualTo("TAMA Association");
        assertThat(DesiredOrganization.lastTask(representation)).isEqualTo(42);
        assertThat(desired.driftFrom(representation)).isEmpty();
        assertThat(desired.driftFrom(existing)).contains("name", "enabled", "attribute nameEn", "domains");
    }

    @Test
    void retries_back_off_exponentially_up_to_the_cap() {
        assertThat(SyncWorker.backoff(1, 300)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SyncWorker.backoff(3, 300)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SyncWorker.backoff(12, 300)).isEqualTo(Duration.ofSeconds(300));
        assertThat(SyncWorker.backoff(100, 300)).isEqualTo(Duration.ofSeconds(300));
    }
}
