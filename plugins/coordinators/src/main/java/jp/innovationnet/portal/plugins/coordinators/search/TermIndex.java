package jp.innovationnet.portal.plugins.coordinators.search;

import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * The search terms of profiles and published cases, rows of the plugin's table {@code coordinators_term} written in
 * the same transaction as what they index: every server of a cluster finds the same, and nothing is rebuilt at
 * start.
 */
public final class TermIndex {

    /**
     * What a row indexes: a profile, a published case, a question with its answers, an accepted answer (whose
     * words count for its author's expertise), or a help request.
     */
    public enum Kind {
        PROFILE, CASE, QUESTION, ANSWER, HELP;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private TermIndex() {
    }

    /**
     * Replaces the terms of one profile or case.
     *
     * @param em       the request's entity manager
     * @param kind     a profile or a case
     * @param ownerId  the profile's user id or the case's id
     * @param personId whose expertise the terms show: the profile's owner or the case's author
     * @param terms    the terms
     */
    public static void replace(EntityManager em, Kind kind, String ownerId, String personId, IndexedTerms terms) {
        remove(em, kind, ownerId);
        for (Map.Entry<String, Integer> term : terms.reach().entrySet()) {
            em.createNativeQuery("INSERT INTO coordinators_term (kind, owner_id, person_id, reach, term)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, kind.column()).setParameter(2, ownerId).setParameter(3, personId)
                    .setParameter(4, term.getValue()).setParameter(5, term.getKey()).executeUpdate();
        }
    }

    /**
     * @param em      the request's entity manager
     * @param kind    a profile or a case
     * @param ownerId the profile's user id or the case's id
     */
    public static void remove(EntityManager em, Kind kind, String ownerId) {
        em.createNativeQuery("DELETE FROM coordinators_term WHERE kind = ? AND owner_id = ?")
                .setParameter(1, kind.column()).setParameter(2, ownerId).executeUpdate();
    }
}
