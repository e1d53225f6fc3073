package jp.innovationnet.portal.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.activity.ActivityCount;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityMatch;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Keeps the plugins' activity reports in the database and reads them, summed up. */
@ApplicationScoped
public class ActivityRecords {

    /** The most people {@link #summaries} takes at once. */
    static final int PEOPLE_MAX = 1_000;

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Records a report, replacing the plugin's earlier one with the same key.
     *
     * @param pluginId the reporting plugin
     * @param report   its report
     */
    @Transactional
    public void put(String pluginId, ActivityReport report) {
        remove(pluginId, report.key());
        em.persist(new ActivityRecord(pluginId, report, clock.instant()));
    }

    /**
     * @param pluginId the reporting plugin
     * @param key      the key of its report; nothing happens when there is none
     */
    @Transactional
    public void remove(String pluginId, String key) {
        em.createQuery("delete from ActivityRecord r where r.pluginId = :plugin and r.key = :key")
                .setParameter("plugin", pluginId).setParameter("key", key).executeUpdate();
    }

    /**
     * @param personId a person
     * @param kinds    the kinds wanted; empty for all
     * @param limit    how many at most
     * @return their reports, newest first
     */
    public List<Activity> of(String personId, Set<ActivityKind> kinds, int limit) {
        String ofKinds = kinds.isEmpty() ? "" : " and r.kind in :kinds";
        var query = em.createQuery("select r from ActivityRecord r where r.personId = :person" + ofKinds
                        + " order by r.occurredAt desc, r.id desc", ActivityRecord.class)
                .setParameter("person", personId).setMaxResults(limit);
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds.stream().map(Coded::code).toList());
        }
        return query.getResultList().stream().map(ActivityRecord::activity).toList();
    }

    /**
     * @param personIds people
     * @return each person's counts by kind, service and region, largest first; people without reports left out
     * @throws IllegalArgumentException for more than {@value #PEOPLE_MAX} people
     */
    public Map<String, List<ActivityCount>> summaries(Collection<String> personIds) {
        if (personIds.size() > PEOPLE_MAX) {
            throw new IllegalArgumentException("at most " + PEOPLE_MAX + " people at once: " + personIds.size());
        }
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ActivityReport>> reports = em.createQuery("select r from ActivityRecord r"
                        + " where r.personId in :people", ActivityRecord.class)
                .setParameter("people", personIds).getResultStream()
                .map(record -> record.activity().report())
                .collect(Collectors.groupingBy(ActivityReport::personId));
        Map<String, List<ActivityCount>> summaries = new HashMap<>();
        reports.forEach((person, theirs) -> summaries.put(person, ActivityCount.of(theirs)));
        return summaries;
    }

    /**
     * @param match which reports count
     * @return how many matching reports each person has, for those with any
     */
    public Map<String, Integer> matching(ActivityMatch match) {
        StringBuilder sql = new StringBuilder("SELECT person_id, COUNT(*) FROM activity_report WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        match.region().ifPresent(region -> {
            sql.append(" AND region = ?");
            parameters.add(region.code());
        });
        anyOf(sql, parameters, "fields", match.fields());
        anyOf(sql, parameters, "services", match.services());
        sql.append(" GROUP BY person_id");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).intValue());
        }
        return counts;
    }

    private static void anyOf(StringBuilder sql, List<Object> parameters, String column,
                              Set<? extends Coded> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(values.stream().map(v -> column + " LIKE ?").collect(Collectors.joining(" OR ", " AND (", ")")));
        values.forEach(value -> parameters.add("%," + value.code() + ",%"));
    }
}
