package jp.innovationnet.portal.plugins.coordinators.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * The search terms of profiles and published cases, rows of the plugin's table {@code coordinators_term} written in
 * the same transaction as what they index: every server of a cluster finds the same, and nothing is rebuilt at
 * start. The terms that show a person's expertise (their profile, published cases and accepted answers) are also
 * summed up per person in {@code coordinators_expertise}, which the expert finder scores from.
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

        /** @return whether its terms show their person's expertise */
        boolean expertise() {
            return this == PROFILE || this == CASE || this == ANSWER;
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
        Set<String> people = delete(em, kind, ownerId);
        for (Map.Entry<String, Integer> term : terms.reach().entrySet()) {
            em.createNativeQuery("INSERT INTO coordinators_term (kind, owner_id, person_id, reach, term)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, kind.column()).setParameter(2, ownerId).setParameter(3, personId)
                    .setParameter(4, term.getValue()).setParameter(5, term.getKey()).executeUpdate();
        }
        people.add(personId);
        sumUp(em, kind, people);
    }

    /**
     * @param em      the request's entity manager
     * @param kind    a profile or a case
     * @param ownerId the profile's user id or the case's id
     */
    public static void remove(EntityManager em, Kind kind, String ownerId) {
        sumUp(em, kind, delete(em, kind, ownerId));
    }

    /** @return the people whose terms the owner's rows were */
    private static Set<String> delete(EntityManager em, Kind kind, String ownerId) {
        Set<String> people = new HashSet<>();
        if (kind.expertise()) {
            em.createNativeQuery("SELECT DISTINCT person_id FROM coordinators_term WHERE kind = ? AND owner_id = ?")
                    .setParameter(1, kind.column()).setParameter(2, ownerId).getResultList()
                    .forEach(person -> people.add(String.valueOf(person)));
        }
        em.createNativeQuery("DELETE FROM coordinators_term WHERE kind = ? AND owner_id = ?")
                .setParameter(1, kind.column()).setParameter(2, ownerId).executeUpdate();
        return people;
    }

    /** Sums the people's expertise terms up again, from their rows of every kind that shows expertise. */
    private static void sumUp(EntityManager em, Kind kind, Set<String> people) {
        if (!kind.expertise()) {
            return;
        }
        for (String person : people) {
            em.createNativeQuery("DELETE FROM coordinators_expertise WHERE person_id = ?").setParameter(1, person)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO coordinators_expertise (person_id, term, reach, weight)"
                            + " SELECT person_id, term, reach, COUNT(*) FROM coordinators_term"
                            + " WHERE person_id = ? AND kind IN ('profile', 'case', 'answer')"
                            + " GROUP BY person_id, term, reach")
                    .setParameter(1, person).executeUpdate();
        }
    }
}
