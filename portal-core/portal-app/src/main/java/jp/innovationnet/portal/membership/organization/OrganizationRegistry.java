package jp.innovationnet.portal.membership.organization;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.identity.PortalCaller;

/**
 * Registers organizations, edits their records and moves them along their membership lifecycle. Every change is
 * audited (who, when, what from what to what) and every lifecycle step kept, in the same transaction as the change;
 * plugins hear of admissions, suspensions and withdrawals once it has committed.
 */
@ApplicationScoped
public class OrganizationRegistry {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MembershipEvent> events;

    @Inject
    Event<OrganizationChanged> changed;

    /**
     * @param organization the new organization, in its first status
     * @param actor        who registers it
     * @param reason       why, or how it came (e.g. "import of members-2009.csv line 12"); may be null
     * @throws DuplicateOrganizationException if the alias is taken
     */
    @Transactional
    public void register(Organization organization, PortalCaller actor, String reason) throws DuplicateOrganizationException {
        if (em.find(Organization.class, organization.getId()) != null) {
            throw new DuplicateOrganizationException(organization.getId());
        }
        em.persist(organization);
        em.flush(); // the transition refers to the organization, and EclipseLink does not know it must go first
        em.persist(new MembershipTransition(organization.getId(), null, organization.getStatus(), actor.userId(),
                actor.username(), reason));
        audit.append(entry(actor, "organization.registered", organization.getId(), Json.createObjectBuilder()
                .add("nameJa", organization.getNameJa())
                .add("kind", organization.getKind().code())
                .add("status", organization.getStatus().code())));
        changed.fire(new OrganizationChanged(organization.getId()));
        if (organization.isActive()) {
            events.fire(new MembershipEvent(MembershipEvent.Kind.ADMITTED, organization.getId(), Instant.now()));
        }
    }

    /**
     * Replaces an organization's profile, unless someone changed it since the caller read it.
     *
     * @param id              an alias
     * @param expectedVersion the version the caller edited
     * @param next            the new profile
     * @param actor           who edits it
     * @return the organization after the edit
     * @throws OrganizationNotFoundException if there is no such organization
     * @throws OptimisticLockException       if its version is no longer {@code expectedVersion}
     */
    @Transactional
    public Organization updateProfile(String id, long expectedVersion, OrganizationProfile next, PortalCaller actor)
            throws OrganizationNotFoundException {
        Organization organization = lockedAt(id, expectedVersion);
        Map<String, OrganizationProfile.Change> changes = organization.updateProfile(next);
        if (!changes.isEmpty()) {
            audit.append(entry(actor, "organization.profile-changed", id, changesJson(changes)));
            changed.fire(new OrganizationChanged(id));
        }
        em.flush(); // a concurrent edit of the same version fails here, inside the caller's request
        return organization;
    }

    /**
     * The secretariat's edit of a whole record: its classification, e-mail domains and profile, unless someone
     * changed it since the caller read it.
     *
     * @param id              an alias
     * @param expectedVersion the version the caller edited
     * @param classification  its kind, membership class and member number
     * @param domains         its e-mail domains, lower case
     * @param next            its new profile
     * @param actor           who edits it
     * @return the organization after the edit
     * @throws OrganizationNotFoundException if there is no such organization
     * @throws DomainTakenException          if another organization has one of the domains
     * @throws OptimisticLockException       if its version is no longer {@code expectedVersion}
     */
    @Transactional(rollbackOn = DomainTakenException.class)
    public Organization updateRecord(String id, long expectedVersion, Classification classification,
                                     Set<String> domains, OrganizationProfile next, PortalCaller actor)
            throws OrganizationNotFoundException, DomainTakenException {
        checkDomainsFree(id, domains);
        Organization organization = lockedAt(id, expectedVersion);
        Map<String, OrganizationProfile.Change> changes = new LinkedHashMap<>();
        compare(changes, "kind", organization.getKind().code(), classification.kind().code());
        compare(changes, "membershipClass", organization.getMembershipClass() == null ? null
                : organization.getMembershipClass().code(), classification.membershipClass() == null ? null
                : classification.membershipClass().code());
        compare(changes, "memberNumber", organization.getMemberNumber() == null ? null
                : organization.getMemberNumber().toString(), classification.memberNumber() == null ? null
                : classification.memberNumber().toString());
        compare(changes, "domains", String.join(",", new TreeSet<>(organization.getDomains())),
                String.join(",", new TreeSet<>(domains)));
        organization.classify(classification.kind(), classification.membershipClass(), classification.memberNumber());
        organization.changeDomains(domains);
        changes.putAll(organization.updateProfile(next));
        if (!changes.isEmpty()) {
            audit.append(entry(actor, "organization.record-changed", id, changesJson(changes)));
            changed.fire(new OrganizationChanged(id));
        }
        em.flush(); // a concurrent edit of the same version fails here, inside the caller's request
        return organization;
    }

    /**
     * @param id      the organization that wants the domains
     * @param domains e-mail domains
     * @throws DomainTakenException if another organization has one of them
     */
    public void checkDomainsFree(String id, Set<String> domains) throws DomainTakenException {
        if (domains.isEmpty()) {
            return;
        }
        List<Object[]> taken = em.createQuery("select o.id, d from Organization o join o.domains d "
                        + "where d in :domains and o.id <> :id", Object[].class)
                .setParameter("domains", domains).setParameter("id", id).getResultList();
        if (!taken.isEmpty()) {
            throw new DomainTakenException((String) taken.getFirst()[1], (String) taken.getFirst()[0]);
        }
    }

    /**
     * @param id     an alias
     * @param next   the new status
     * @param reason why (required for rejections, suspensions and withdrawals by the caller's rules); may be null
     * @param actor  who changes it
     * @return the organization after the change
     * @throws OrganizationNotFoundException if there is no such organization
     * @throws IllegalStateException         if {@code next} may not follow its current status
     */
    @Transactional
    public Organization changeStatus(String id, MembershipStatus next, String reason, PortalCaller actor)
            throws OrganizationNotFoundException {
        Organization organization = find(id);
        MembershipStatus before = organization.getStatus();
        if (before == next) {
            return organization;
        }
        MembershipEvent.Kind kind = organization.changeStatus(next).orElse(null);
        em.persist(new MembershipTransition(id, before, next, actor.userId(), actor.username(), reason));
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", Json.createObjectBuilder()
                .add("from", before.code()).add("to", next.code()));
        if (reason != null) {
            json.add("reason", reason);
        }
        audit.append(entry(actor, "organization.status-changed", id, json));
        changed.fire(new OrganizationChanged(id));
        if (kind != null) {
            events.fire(new MembershipEvent(kind, id, Instant.now()));
        }
        return organization;
    }

    /**
     * @param id an alias
     * @return its lifecycle, oldest step first
     */
    public List<MembershipTransition> history(String id) {
        return em.createQuery("select t from MembershipTransition t where t.organizationId = :id "
                + "order by t.occurredAt, t.id", MembershipTransition.class).setParameter("id", id).getResultList();
    }

    private Organization find(String id) throws OrganizationNotFoundException {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new OrganizationNotFoundException(id);
        }
        return organization;
    }

    private Organization lockedAt(String id, long expectedVersion) throws OrganizationNotFoundException {
        Organization organization = find(id);
        if (organization.getVersion() != expectedVersion) {
            throw new OptimisticLockException("organization '" + id + "' is at version " + organization.getVersion()
                    + ", not " + expectedVersion + ": someone changed it since you read it");
        }
        em.lock(organization, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return organization;
    }

    private static void compare(Map<String, OrganizationProfile.Change> changes, String field, String before,
                                String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new OrganizationProfile.Change(before, after));
        }
    }

    private static JsonObjectBuilder changesJson(Map<String, OrganizationProfile.Change> changes) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        changes.forEach((field, change) -> json.add(field, Json.createObjectBuilder()
                .add("from", change.before() == null ? Json.createValue("") : Json.createValue(change.before()))
                .add("to", change.after() == null ? Json.createValue("") : Json.createValue(change.after()))));
        return json;
    }

    private static AuditEntry entry(PortalCaller actor, String action, String id, JsonObjectBuilder changes) {
        return new AuditEntry(Instant.now(), actor.userId(), actor.username(), "core", action, "organization", id,
                changes.build().toString());
    }

    /** The alias is taken. */
    public static class DuplicateOrganizationException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param id the alias */
        public DuplicateOrganizationException(String id) {
            super("an organization '" + id + "' exists already");
        }
    }

    /**
     * What the secretariat decides about an organization's place in the network.
     *
     * @param kind            its part in the network
     * @param membershipClass its class (members only), or null
     * @param memberNumber    its number in the published member list, or null
     */
    public record Classification(OrganizationKind kind, MembershipClass membershipClass, Integer memberNumber) {
    }

    /** Another organization uses that e-mail domain. */
    public static class DomainTakenException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String domain;

        /**
         * @param domain the domain
         * @param owner  the organization that has it
         */
        public DomainTakenException(String domain, String owner) {
            super("the domain '" + domain + "' belongs to another organization ('" + owner + "')");
            this.domain = domain;
        }

        /** @return the domain */
        public String domain() {
            return domain;
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
