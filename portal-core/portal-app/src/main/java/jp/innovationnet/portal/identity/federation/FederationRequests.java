package jp.innovationnet.portal.identity.federation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.identity.sync.SyncQueue;
import jp.innovationnet.portal.identity.sync.SyncTask;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationChanged;

/**
 * Members' requests for their own identity provider, and the secretariat's decisions. Approval adds the domain to
 * the organization and queues, in the same transaction, the organization's new state and the provider's creation
 * ({@link IdentityProviderTask}). Every step is audited (target type {@code identity-provider-request}).
 */
@ApplicationScoped
public class FederationRequests {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SyncQueue queue;

    @Inject
    Event<OrganizationChanged> changed;

    /** The organization has no record, or one without access. */
    public static class OrganizationUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OrganizationUnavailableException(String id) {
            super("organization " + id + " is not an active member");
        }
    }

    /**
     * @param request   the new request (its secret is kept until Keycloak has it)
     * @param actorId   who asks (user id)
     * @param actorName who asks (user name)
     * @return the stored request
     */
    @Transactional
    public IdentityProviderRequest request(IdentityProviderRequest request, String actorId, String actorName) {
        Organization organization = em.find(Organization.class, request.getOrganizationId());
        if (organization == null || !organization.isActive()) {
            throw new OrganizationUnavailableException(request.getOrganizationId());
        }
        em.persist(request);
        em.flush();
        audit(actorId, actorName, "identity-provider.requested", request, Json.createObjectBuilder()
                .add("discoveryUrl", request.getDiscoveryUrl()).add("clientId", request.getClientId())
                .add("domain", request.getDomain()));
        return request;
    }

    /**
     * @param id        a request
     * @param approved  the decision
     * @param reason    why (for rejections), or null
     * @param actorId   the secretariat's user id
     * @param actorName the secretariat's user name
     * @return the request, decided
     * @throws IllegalStateException if it was decided already
     */
    @Transactional
    public Optional<IdentityProviderRequest> decide(long id, boolean approved, String reason, String actorId,
                                                    String actorName) {
        IdentityProviderRequest request = em.find(IdentityProviderRequest.class, id);
        if (request == null) {
            return Optional.empty();
        }
        request.decide(approved, actorName, reason);
        if (approved) {
            Organization organization = em.find(Organization.class, request.getOrganizationId());
            Set<String> domains = new LinkedHashSet<>(organization.getDomains());
            domains.add(request.getDomain());
            organization.changeDomains(domains);
            changed.fire(new OrganizationChanged(organization.getId()));
            queue.enqueue(organization.getId(), SyncTask.Kind.IDENTITY_PROVIDER,
                    Json.createObjectBuilder().add("requestId", request.getId()).build());
        }
        JsonObjectBuilder changes = Json.createObjectBuilder().add("status", Json.createObjectBuilder()
                .add("from", "requested").add("to", request.getStatus().name().toLowerCase()));
        if (reason != null) {
            changes.add("reason", reason);
        }
        audit(actorId, actorName, approved ? "identity-provider.approved" : "identity-provider.rejected", request,
                changes);
        return Optional.of(request);
    }

    /** @param id a request @return it */
    public Optional<IdentityProviderRequest> find(long id) {
        return Optional.ofNullable(em.find(IdentityProviderRequest.class, id));
    }

    /** @param organizationId an organization, or null for all @return requests, newest first */
    public List<IdentityProviderRequest> list(String organizationId) {
        if (organizationId == null) {
            return em.createQuery("select r from IdentityProviderRequest r order by r.id desc",
                    IdentityProviderRequest.class).setMaxResults(500).getResultList();
        }
        return em.createQuery("select r from IdentityProviderRequest r where r.organizationId = :org"
                        + " order by r.id desc", IdentityProviderRequest.class)
                .setParameter("org", organizationId).setMaxResults(500).getResultList();
    }

    /** @param id a request Keycloak now has: its secret is cleared */
    @Transactional
    public void configured(long id) {
        em.find(IdentityProviderRequest.class, id).configured();
    }

    /** @param id a request @return its secret, while it is kept */
    @Transactional
    public Optional<String> secret(long id) {
        return Optional.ofNullable(em.find(IdentityProviderRequest.class, id)).map(IdentityProviderRequest::getClientSecret);
    }

    private void audit(String actorId, String actorName, String action, IdentityProviderRequest request,
                       JsonObjectBuilder changes) {
        audit.append(new AuditEntry(Instant.now(), actorId, actorName, "core", action, "identity-provider-request",
                request.getOrganizationId() + "/" + request.getId(), changes.add("organizationId",
                request.getOrganizationId()).build().toString()));
    }
}
