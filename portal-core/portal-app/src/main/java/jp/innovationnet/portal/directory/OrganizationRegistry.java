package jp.innovationnet.portal.directory;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.http.Caller;

/**
 * Registers organizations and changes their membership status. Every change is audited in the same transaction,
 * and plugins hear of status changes once it has committed.
 */
@ApplicationScoped
public class OrganizationRegistry {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CoreEvent> events;

    /**
     * @param organization the new organization
     * @param actor        who registers it
     * @throws DuplicateOrganizationException if the alias is taken
     */
    @Transactional
    public void register(Organization organization, Caller actor) throws DuplicateOrganizationException {
        if (em.find(Organization.class, organization.getId()) != null) {
            throw new DuplicateOrganizationException(organization.getId());
        }
        em.persist(organization);
        audit.append(entry(actor, "organization.registered", organization.getId(),
                "{\"nameJa\":" + jsonString(organization.getNameJa()) + ",\"status\":\"ACTIVE\"}"));
        events.fire(new CoreEvent(CoreEvent.Type.ORGANIZATION_ADMITTED, organization.getId(), Instant.now()));
    }

    /**
     * @param id     an alias
     * @param next   the new status
     * @param actor  who changes it
     * @return the organization after the change
     * @throws OrganizationNotFoundException if there is no such organization
     * @throws IllegalStateException         if the change is not allowed (a withdrawn organization stays so)
     */
    @Transactional
    public Organization changeStatus(String id, MembershipStatus next, Caller actor)
            throws OrganizationNotFoundException {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new OrganizationNotFoundException(id);
        }
        String before = organization.getStatus();
        organization.changeStatus(next).ifPresent(type -> {
            audit.append(entry(actor, "organization.status-changed", id,
                    "{\"status\":\"" + before + " → " + next + "\"}"));
            events.fire(new CoreEvent(type, id, Instant.now()));
        });
        return organization;
    }

    private static AuditEntry entry(Caller actor, String action, String id, String changes) {
        return new AuditEntry(Instant.now(), actor.userId(), actor.username(), "core", action, "organization", id,
                changes);
    }

    private static String jsonString(String value) {
        return jakarta.json.Json.createValue(value).toString();
    }

    /** The alias is taken. */
    public static class DuplicateOrganizationException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param id the alias */
        public DuplicateOrganizationException(String id) {
            super("an organization '" + id + "' exists already");
        }
    }

    /** No organization has that alias. */
    public static class OrganizationNotFoundException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param id the alias */
        public OrganizationNotFoundException(String id) {
            super("no organization '" + id + "'");
        }
    }
}
