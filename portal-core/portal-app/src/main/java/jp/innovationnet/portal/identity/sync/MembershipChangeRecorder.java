package jp.innovationnet.portal.identity.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.membership.application.MemberAdmitted;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationChanged;

/**
 * Writes the sync tasks for membership changes inside the transaction of the change (the outbox): the registry's
 * {@link OrganizationChanged} (registered, edited, suspended, reinstated, withdrawn) and {@link MemberAdmitted}.
 * Observed {@code IN_PROGRESS}: if writing the task fails, the change is rolled back with it.
 */
@ApplicationScoped
public class MembershipChangeRecorder {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SyncQueue queue;

    void organizationChanged(@Observes(during = TransactionPhase.IN_PROGRESS) OrganizationChanged change) {
        enqueueState(change.organizationId());
    }

    void memberAdmitted(@Observes(during = TransactionPhase.IN_PROGRESS) MemberAdmitted admitted) {
        enqueueState(admitted.organizationId());
        queue.enqueue(admitted.organizationId(), SyncTask.Kind.INVITE_ADMIN, Json.createObjectBuilder()
                .add("email", admitted.adminEmail().strip())
                .add("name", admitted.adminName() == null ? "" : admitted.adminName().strip())
                .add("language", admitted.language() == null ? "ja" : admitted.language().getLanguage())
                .build());
    }

    /**
     * Queues the organization's current state, if it belongs in Keycloak: in the caller's transaction, else in
     * a new one.
     *
     * @param organizationId an alias
     */
    @Transactional
    public void enqueueState(String organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization != null && DesiredOrganization.isSynced(organization.getStatus())) {
            queue.enqueue(organizationId, SyncTask.Kind.ORGANIZATION, DesiredOrganization.of(organization).toJson());
        }
    }
}
