package jp.innovationnet.portal.plugins.liaison.follow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/** The follows: each person's own; a run of the alerts claims a follow by moving its mark, on one server only. */
public final class Follows {

    /** @return the person's follows, newest first */
    public List<Follow> of(EntityManager em, String userId) {
        return em.createQuery("select f from Follow f where f.userId = :user order by f.id desc", Follow.class)
                .setParameter("user", userId).getResultList();
    }

    /** @return the follow, if any */
    public Optional<Follow> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Follow.class, id));
    }

    /** @return every follow whose mark is before {@code until}, oldest first */
    public List<Follow> due(EntityManager em, Instant until) {
        return em.createQuery("select f from Follow f where f.checkedUntil < :until order by f.id", Follow.class)
                .setParameter("until", until.atOffset(ZoneOffset.UTC)).setMaxResults(1000).getResultList();
    }

    /**
     * Moves a follow's mark from where this run read it to {@code until}, unless another server did first.
     *
     * @return whether this run claimed it
     */
    public boolean claim(EntityManager em, Follow follow, Instant until) {
        return em.createNativeQuery("UPDATE liaison_follow SET checked_until = ? WHERE id = ? AND checked_until = ?")
                .setParameter(1, until.atOffset(ZoneOffset.UTC)).setParameter(2, follow.id())
                .setParameter(3, follow.checkedUntil().atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }
}
