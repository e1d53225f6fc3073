package jp.innovationnet.portal.plugins.coordinators.capacity;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/** Finds certificates and mentoring pairs. */
public final class Capacity {

    /** The most pairs one list shows. */
    public static final int PAIRS_MAX = 500;

    private Capacity() {
    }

    /**
     * @param em     the request's entity manager
     * @param userId a coordinator
     * @return their certificates, newest first
     */
    public static List<Certificate> certificatesOf(EntityManager em, String userId) {
        return em.createQuery("select c from Certificate c where c.userId = :user order by c.issuedOn desc, c.id desc",
                Certificate.class).setParameter("user", userId).getResultList();
    }

    /**
     * @param em the request's entity manager
     * @param id a certificate's id
     * @return it, if it exists
     */
    public static Optional<Certificate> certificate(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    /**
     * @param em     the request's entity manager
     * @param userId a coordinator
     * @return the pairs they are part of, running ones first, then newest first
     */
    public static List<Mentoring> pairsOf(EntityManager em, String userId) {
        return em.createQuery("select m from Mentoring m where m.mentorId = :user or m.menteeId = :user"
                        + " order by case when m.endedOn is null then 0 else 1 end, m.startedOn desc, m.id desc",
                Mentoring.class).setParameter("user", userId).setMaxResults(PAIRS_MAX).getResultList();
    }

    /**
     * @param em          the request's entity manager
     * @param runningOnly whether ended pairs are left out
     * @return the network's pairs, running ones first, then newest first
     */
    public static List<Mentoring> pairs(EntityManager em, boolean runningOnly) {
        return em.createQuery("select m from Mentoring m" + (runningOnly ? " where m.endedOn is null" : "")
                        + " order by case when m.endedOn is null then 0 else 1 end, m.startedOn desc, m.id desc",
                Mentoring.class).setMaxResults(PAIRS_MAX).getResultList();
    }

    /**
     * @param em       the request's entity manager
     * @param mentorId a mentor
     * @param menteeId a mentee
     * @return whether the two already form a running pair
     */
    public static boolean running(EntityManager em, String mentorId, String menteeId) {
        return em.createQuery("select count(m) from Mentoring m where m.mentorId = :mentor and m.menteeId = :mentee"
                        + " and m.endedOn is null", Long.class)
                .setParameter("mentor", mentorId).setParameter("mentee", menteeId).getSingleResult() > 0;
    }

    /**
     * @param em the request's entity manager
     * @param id a pair's id
     * @return it, if it exists
     */
    public static Optional<Mentoring> pair(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Mentoring.class, id));
    }
}
