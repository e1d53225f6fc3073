package jp.innovationnet.portal.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/** Writes and reads the audit trail. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Appends an entry in the caller's transaction, or a new one.
     *
     * @param entry the entry
     */
    @Transactional
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    /**
     * @param targetType a kind of thing
     * @param targetId   its id
     * @return its entries, newest first
     */
    public List<AuditEntry> of(String targetType, String targetId) {
        return em.createQuery("select a from AuditEntry a where a.targetType = :type and a.targetId = :id "
                        + "order by a.occurredAt desc, a.id desc", AuditEntry.class)
                .setParameter("type", targetType).setParameter("id", targetId).setMaxResults(500).getResultList();
    }

    /**
     * @param query  the criteria
     * @param offset how many matching entries to skip
     * @param limit  how many at most
     * @return matching entries, newest first
     */
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return bind(em.createQuery("select a from AuditEntry a" + where(query)
                + " order by a.occurredAt desc, a.id desc", AuditEntry.class), query)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * @param query the criteria
     * @return how many entries match
     */
    public long count(AuditQuery query) {
        return bind(em.createQuery("select count(a) from AuditEntry a" + where(query), Long.class), query)
                .getSingleResult();
    }

    private static String where(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        if (q.targetType() != null) {
            conditions.add("a.targetType = :targetType");
        }
        if (q.targetId() != null) {
            conditions.add("a.targetId = :targetId");
        }
        if (q.actor() != null) {
            conditions.add("(a.actorId = :actor or a.actorName = :actor)");
        }
        if (q.action() != null) {
            conditions.add("a.action = :action");
        }
        if (q.from() != null) {
            conditions.add("a.occurredAt >= :from");
        }
        if (q.to() != null) {
            conditions.add("a.occurredAt < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditQuery q) {
        if (q.targetType() != null) {
            query.setParameter("targetType", q.targetType());
        }
        if (q.targetId() != null) {
            query.setParameter("targetId", q.targetId());
        }
        if (q.actor() != null) {
            query.setParameter("actor", q.actor());
        }
        if (q.action() != null) {
            query.setParameter("action", q.action());
        }
        if (q.from() != null) {
            query.setParameter("from", q.from().atOffset(ZoneOffset.UTC));
        }
        if (q.to() != null) {
            query.setParameter("to", q.to().atOffset(ZoneOffset.UTC));
        }
        return query;
    }
}
