package jp.innovationnet.portal.plugins.coordinators.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Finds experts and published cases in the term table with SQL: the filters ({@link Facet} terms) must all match,
 * the searched words rank what passes by how many of their terms match; only terms the viewer's reach may find count.
 * An expert's words are their profile's and those of the cases they published and answers accepted, so activity ranks
 * them too (summed up per person in {@code coordinators_expertise}).
 */
public final class Search {


    private Search() {
    }

    /**
     * @param em     the request's entity manager
     * @param reach  the viewer's reach ({@code Viewer.reach()})
     * @param words  the searched words' terms ({@link IndexedTerms#word}); empty for filters only
     * @param facets the filter terms ({@link Facet#term})
     * @return the coordinators found, best first (then by name)
     */
    public static List<Hit> experts(EntityManager em, int reach, Set<String> words, List<String> facets) {
        StringBuilder sql = new StringBuilder("SELECT p.user_id FROM coordinators_profile p WHERE p.open_rank <= ?");
        List<Object> parameters = new ArrayList<>(List.of(reach));
        narrow(sql, parameters, "p.user_id IN (SELECT t.owner_id", "profile", reach, facets);
        sql.append(" ORDER BY p.display_name, p.user_id");
        return ranked(ids(em, sql, parameters), expertise(em, reach, words), words);
    }

    /**
     * @param em     the request's entity manager
     * @param reach  the viewer's reach
     * @param words  the searched words' terms; empty for filters only
     * @param facets the filter terms
     * @return the ids of the published cases found, best first (then newest first)
     */
    public static List<Hit> cases(EntityManager em, int reach, Set<String> words, List<String> facets) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM coordinators_case c WHERE c.status = 'published'"
                + " AND c.audience_rank <= ?");
        List<Object> parameters = new ArrayList<>(List.of(reach));
        narrow(sql, parameters, "c.id IN (SELECT CAST(t.owner_id AS BIGINT)", "case", reach, facets);
        sql.append(" ORDER BY c.published_at DESC, c.id DESC");
        return ranked(ids(em, sql, parameters), scores(em, "owner_id", " AND t.kind = 'case'", reach, words), words);
    }

    /**
     * @param em       the request's entity manager
     * @param reach    the viewer's reach
     * @param words    the searched words' terms; empty for filters only
     * @param facets   the filter terms
     * @param openOnly whether only questions without an accepted answer count
     * @return the ids of the questions found, best first (then newest first)
     */
    public static List<Hit> questions(EntityManager em, int reach, Set<String> words, List<String> facets,
                                      boolean openOnly) {
        StringBuilder sql = new StringBuilder("SELECT q.id FROM coordinators_question q WHERE 1 = 1");
        if (openOnly) {
            sql.append(" AND q.accepted_answer_id IS NULL");
        }
        List<Object> parameters = new ArrayList<>();
        narrow(sql, parameters, "q.id IN (SELECT CAST(t.owner_id AS BIGINT)", "question", reach, facets);
        sql.append(" ORDER BY q.created_at DESC, q.id DESC");
        return ranked(ids(em, sql, parameters), scores(em, "owner_id", " AND t.kind = 'question'", reach, words),
                words);
    }

    /**
     * @param em      the request's entity manager
     * @param reach   the viewer's reach
     * @param any     filter terms of which a question must match one (e.g. a profile's fields, region and tags)
     * @param besides a user whose own questions are left out
     * @param limit   how many at most
     * @return the ids of the questions without an accepted answer that match, newest first
     */
    public static List<Long> openQuestionsMatching(EntityManager em, int reach, List<String> any, String besides,
                                                   int limit) {
        if (any.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT q.id FROM coordinators_question q WHERE q.accepted_answer_id IS NULL"
                + " AND q.asker_id <> ? AND q.id IN (SELECT CAST(t.owner_id AS BIGINT) FROM coordinators_term t"
                + " WHERE t.kind = 'question' AND t.reach <= ? AND t.term IN ("
                + String.join(", ", any.stream().map(w -> "?").toList()) + "))"
                + " ORDER BY q.created_at DESC, q.id DESC";
        List<Object> parameters = new ArrayList<>(List.of(besides, reach));
        parameters.addAll(any);
        Query query = em.createNativeQuery(sql).setMaxResults(limit);
        bind(query, parameters);
        return query.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * @param em       the request's entity manager
     * @param reach    the viewer's reach
     * @param words    the searched words' terms; empty for filters only
     * @param facets   the filter terms
     * @param kind     a kind of request ({@code advice}, {@code visit}, {@code lecture}); null for all
     * @param statuses the statuses wanted (codes); empty for all
     * @param involving a user whose requests and offers are wanted (as requester or helper); null for everyone's
     * @return the ids of the help requests found, best first (then newest first)
     */
    public static List<Hit> helpRequests(EntityManager em, int reach, Set<String> words, List<String> facets,
                                         String kind, List<String> statuses, String involving) {
        StringBuilder sql = new StringBuilder("SELECT h.id FROM coordinators_help_request h WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (involving != null) {
            sql.append(" AND (h.requester_id = ? OR EXISTS (SELECT 1 FROM coordinators_help_offer o"
                    + " WHERE o.request_id = h.id AND o.helper_id = ?))");
            parameters.add(involving);
            parameters.add(involving);
        }
        if (kind != null) {
            sql.append(" AND h.kind = ?");
            parameters.add(kind);
        }
        if (!statuses.isEmpty()) {
            sql.append(" AND h.status IN (").append(String.join(", ", statuses.stream().map(s -> "?").toList()))
                    .append(")");
            parameters.addAll(statuses);
        }
        narrow(sql, parameters, "h.id IN (SELECT CAST(t.owner_id AS BIGINT)", "help", reach, facets);
        sql.append(" ORDER BY h.created_at DESC, h.id DESC");
        return ranked(ids(em, sql, parameters), scores(em, "owner_id", " AND t.kind = 'help'", reach, words), words);
    }

    /**
     * @param em      the request's entity manager
     * @param reach   the viewer's reach
     * @param any     filter terms of which a request must match one (a profile's fields, services, region, tags)
     * @param helper  a coordinator: their own requests and those they offered on are left out
     * @param limit   how many at most
     * @return the ids of the open help requests that match, the nearest deadline first
     */
    public static List<Long> openHelpRequestsMatching(EntityManager em, int reach, List<String> any, String helper,
                                                      int limit) {
        if (any.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT h.id FROM coordinators_help_request h WHERE h.status = 'open' AND h.requester_id <> ?"
                + " AND NOT EXISTS (SELECT 1 FROM coordinators_help_offer o WHERE o.request_id = h.id"
                + " AND o.helper_id = ?)"
                + " AND h.id IN (SELECT CAST(t.owner_id AS BIGINT) FROM coordinators_term t"
                + " WHERE t.kind = 'help' AND t.reach <= ? AND t.term IN ("
                + String.join(", ", any.stream().map(w -> "?").toList()) + "))"
                + " ORDER BY h.deadline, h.id";
        List<Object> parameters = new ArrayList<>(List.of(helper, helper, reach));
        parameters.addAll(any);
        Query query = em.createNativeQuery(sql).setMaxResults(limit);
        bind(query, parameters);
        return query.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static void narrow(StringBuilder sql, List<Object> parameters, String select, String kind, int reach,
                               List<String> facets) {
        for (String facet : facets) {
            sql.append(" AND ").append(select).append(" FROM coordinators_term t WHERE t.kind = '").append(kind)
                    .append("' AND t.reach <= ? AND t.term = ?)");
            parameters.add(reach);
            parameters.add(facet);
        }
    }

    private static List<String> ids(EntityManager em, CharSequence sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql.toString());
        bind(query, parameters);
        return query.getResultList().stream().map(String::valueOf).toList();
    }

    private static Map<String, Long> scores(EntityManager em, String by, String kind, int reach,
                                            Collection<String> words) {
        return sums(em, "SELECT t." + by + ", COUNT(*) FROM coordinators_term t WHERE t.reach <= ?" + kind
                + " AND t.term IN (%s) GROUP BY t." + by, reach, words);
    }

    /**
     * @return each person's score: how many rows of their profile, published cases and accepted answers hold the
     *     words, from the sums kept per person and term ({@code coordinators_expertise})
     */
    private static Map<String, Long> expertise(EntityManager em, int reach, Collection<String> words) {
        return sums(em, "SELECT e.person_id, SUM(e.weight) FROM coordinators_expertise e WHERE e.reach <= ?"
                + " AND e.term IN (%s) GROUP BY e.person_id", reach, words);
    }

    /** @return the query's sums by key, for the words' terms ({@code %s}) within the reach */
    private static Map<String, Long> sums(EntityManager em, String sql, int reach, Collection<String> words) {
        Map<String, Long> sums = new HashMap<>();
        if (words.isEmpty()) {
            return sums;
        }
        List<Object> parameters = new ArrayList<>(List.of(reach));
        parameters.addAll(words);
        Query query = em.createNativeQuery(sql.formatted(String.join(", ", words.stream().map(w -> "?").toList())));
        bind(query, parameters);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            sums.put(String.valueOf(columns[0]), ((Number) columns[1]).longValue());
        }
        return sums;
    }

    private static List<Hit> ranked(List<String> candidates, Map<String, Long> scores, Set<String> words) {
        return candidates.stream().map(id -> new Hit(id, scores.getOrDefault(id, 0L)))
                .filter(hit -> words.isEmpty() || hit.score() > 0)
                .sorted(Comparator.comparingLong(Hit::score).reversed()).toList();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
