package jp.innovationnet.portal.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
