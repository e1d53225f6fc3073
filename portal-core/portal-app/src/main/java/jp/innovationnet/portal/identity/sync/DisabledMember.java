package jp.innovationnet.portal.identity.sync;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A Keycloak user the sync disabled because their organization lost access (suspended or withdrawn); kept so that
 * reinstatement re-enables exactly these users and not someone disabled for another reason.
 */
@Entity
@Table(name = "identity_disabled_member")
@IdClass(DisabledMember.Key.class)
public class DisabledMember {

    @Id
    @Column(name = "organization_id")
    private String organizationId;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "disabled_at", nullable = false)
    private OffsetDateTime disabledAt;

    protected DisabledMember() {
    }

    /** @param organizationId the organization @param userId the Keycloak user */
    public DisabledMember(String organizationId, String userId) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.disabledAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getUserId() {
        return userId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String organizationId;
        private String userId;

        public Key() {
        }

        /** @param organizationId the organization @param userId the user */
        public Key(String organizationId, String userId) {
            this.organizationId = organizationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organizationId, k.organizationId)
                    && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, userId);
        }
    }
}
