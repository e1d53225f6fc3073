package jp.innovationnet.portal.identity.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The first administrator of an admitted member, invited by e-mail: once a Keycloak user with that address is a
 * member of the organization, the reconcile job gives them the realm roles member-admin and member-staff.
 */
@Entity
@Table(name = "identity_admin_invitation")
public class AdminInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private OffsetDateTime invitedAt;

    @Column(name = "granted_at")
    private OffsetDateTime grantedAt;

    protected AdminInvitation() {
    }

    /** @param organizationId the organization @param email the invited address */
    public AdminInvitation(String organizationId, String email) {
        this.organizationId = organizationId;
        this.email = email;
        this.invitedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The invited user exists and holds the administrator's roles. */
    void granted() {
        grantedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getEmail() {
        return email;
    }

    public OffsetDateTime getGrantedAt() {
        return grantedAt;
    }
}
