package jp.innovationnet.portal.identity.sync;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;

/**
 * First administrators invited at admission ({@link AdminInvitation}): who was invited, and giving them the roles
 * member-admin and member-staff once their Keycloak account exists and belongs to the organization.
 */
@ApplicationScoped
public class AdminInvitations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    KeycloakRealm realm;

    /** @param organizationId an organization @param email an address @return the invitation, if recorded */
    @Transactional
    public Optional<AdminInvitation> find(String organizationId, String email) {
        return em.createQuery("select i from AdminInvitation i where i.organizationId = :org and i.email = :email",
                        AdminInvitation.class).setParameter("org", organizationId)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** @param organizationId an organization @param email the address invited; recording it twice is fine */
    @Transactional
    public void record(String organizationId, String email) {
        if (find(organizationId, email).isEmpty()) {
            em.persist(new AdminInvitation(organizationId, email.toLowerCase(Locale.ROOT)));
        }
    }

    /** @return invitations whose roles are not granted yet */
    @Transactional
    public List<AdminInvitation> pending() {
        return em.createQuery("select i from AdminInvitation i where i.grantedAt is null", AdminInvitation.class)
                .getResultList();
    }

    /**
     * Gives the invited administrator their roles if their account exists and is a member.
     *
     * @param invitation   an invitation
     * @param keycloakOrg  the Keycloak organization's id
     * @return whether the roles are granted now
     */
    public boolean grantIfPresent(AdminInvitation invitation, String keycloakOrg) {
        Optional<JsonObject> user = realm.userByEmail(invitation.getEmail());
        if (user.isEmpty() || !realm.isMember(keycloakOrg, user.get().getString("id"))) {
            return false;
        }
        realm.grantRealmRole(user.get().getString("id"), PortalRole.MEMBER_ADMIN.roleName());
        realm.grantRealmRole(user.get().getString("id"), PortalRole.MEMBER_STAFF.roleName());
        markGranted(invitation.getOrganizationId(), invitation.getEmail());
        return true;
    }

    @Transactional
    void markGranted(String organizationId, String email) {
        find(organizationId, email).ifPresent(AdminInvitation::granted);
    }
}
