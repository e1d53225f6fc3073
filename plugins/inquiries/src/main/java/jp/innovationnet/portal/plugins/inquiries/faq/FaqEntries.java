package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** The FAQ entries of one transaction. */
public final class FaqEntries {

    private final EntityManager entityManager;

    /** @param entityManager the transaction's entity manager */
    public FaqEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param id an entry's id
     * @return the entry, draft or published
     */
    public Optional<FaqEntry> find(long id) {
        return Optional.ofNullable(entityManager.find(FaqEntry.class, id));
    }

    /**
     * @param topic  only entries of this topic, if given
     * @param drafts whether drafts are listed too
     * @param offset how many to skip
     * @param limit  at most how many
     * @return the entries, most recently changed first
     */
    public List<FaqEntry> list(Optional<Topic> topic, boolean drafts, int offset, int limit) {
        TypedQuery<FaqEntry> query = entityManager.createQuery("SELECT e FROM FaqEntry e"
                + " WHERE (:anyTopic = TRUE OR e.topic = :topic) AND (:drafts = TRUE OR e.status = :published)"
                + " ORDER BY e.updatedAt DESC, e.id DESC", FaqEntry.class);
        return query.setParameter("anyTopic", topic.isEmpty())
                .setParameter("topic", topic.orElse(Topic.OTHER))
                .setParameter("drafts", drafts)
                .setParameter("published", FaqStatus.PUBLISHED)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    /**
     * @param ids entry ids
     * @return those entries that exist, in no particular order
     */
    public List<FaqEntry> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT e FROM FaqEntry e WHERE e.id IN :ids", FaqEntry.class)
                .setParameter("ids", ids).getResultList();
    }

    /** @return every entry, for the index */
    public List<FaqEntry> all() {
        return entityManager.createQuery("SELECT e FROM FaqEntry e", FaqEntry.class).getResultList();
    }

    /** @return what changes whenever an entry is created, changed or deleted */
    public Fingerprint fingerprint() {
        Object[] row = entityManager.createQuery("SELECT COUNT(e), MAX(e.id), SUM(e.version) FROM FaqEntry e",
                Object[].class).getSingleResult();
        return new Fingerprint(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The state of the table in three numbers. A creation raises the highest id (ids are never reused), a deletion
     * without creation lowers the count, and a change without either raises the sum of the versions.
     *
     * @param count      how many entries
     * @param highestId  the highest id
     * @param versionSum the sum of their versions
     */
    public record Fingerprint(long count, long highestId, long versionSum) {
    }
}
