package jp.innovationnet.portal.plugins.events.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

/**
 * Computes an {@link EventReport} in the database (GROUP BY), never loading the registrations: one query for the
 * counts by status, one by organization, one for the follow-up forms. Regions are the registrants' organizations'
 * regions, as the member directory knows them.
 */
public final class EventReports {

    private final EntityManager em;
    private final Function<String, Optional<OrganizationSummary>> directory;

    /**
     * @param em        the request's entity manager
     * @param directory finds organizations by id
     */
    public EventReports(EntityManager em, Function<String, Optional<OrganizationSummary>> directory) {
        this.em = em;
        this.directory = directory;
    }

    /**
     * @param eventId an event
     * @return its report
     */
    public EventReport of(long eventId) {
        List<EventReport.Line> byOrganization = byOrganization(eventId);
        return new EventReport(counts(eventId), byOrganization, byRegion(byOrganization), followUp(eventId));
    }

    private EventReport.Counts counts(long eventId) {
        Map<String, long[]> byStatus = rows("SELECT r.status, COUNT(*), SUM(" + CheckIns.AS_COUNT + ")"
                + " FROM events_registration r WHERE r.event_id = ?1 GROUP BY r.status", eventId).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> new long[] {number(row[1]), number(row[2])}));
        Function<String, Long> count = status -> byStatus.getOrDefault(status, new long[2])[0];
        return new EventReport.Counts(byStatus.values().stream().mapToLong(c -> c[0]).sum(),
                count.apply("CONFIRMED"), count.apply("WAITING"), count.apply("PENDING"), count.apply("DECLINED"),
                count.apply("CANCELLED"), count.apply("NOT_ATTENDING"),
                byStatus.values().stream().mapToLong(c -> c[1]).sum());
    }

    private List<EventReport.Line> byOrganization(long eventId) {
        return rows("SELECT r.organization_id, SUM(CASE WHEN r.status = 'CONFIRMED' THEN 1 ELSE 0 END),"
                + " SUM(" + CheckIns.AS_COUNT + ") FROM events_registration r WHERE r.event_id = ?1"
                + " GROUP BY r.organization_id", eventId).stream()
                .map(row -> new EventReport.Line(Optional.ofNullable((String) row[0]), number(row[1]),
                        number(row[2])))
                .filter(line -> line.registered() > 0 || line.checkedIn() > 0)
                .sorted(Comparator.comparingLong(EventReport.Line::registered).reversed()
                        .thenComparing(line -> line.key().orElse("\uFFFF")))
                .toList();
    }

    private List<EventReport.Line> byRegion(List<EventReport.Line> byOrganization) {
        Map<String, long[]> regions = new TreeMap<>();
        for (EventReport.Line line : byOrganization) {
            String region = line.key().flatMap(directory).map(OrganizationSummary::region)
                    .filter(r -> !r.isBlank()).orElse("");
            long[] sums = regions.computeIfAbsent(region, r -> new long[2]);
            sums[0] += line.registered();
            sums[1] += line.checkedIn();
        }
        return regions.entrySet().stream()
                .map(e -> new EventReport.Line(Optional.of(e.getKey()).filter(r -> !r.isEmpty()), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparingLong(EventReport.Line::registered).reversed()
                        .thenComparing(line -> line.key().orElse("\uFFFF")))
                .toList();
    }

    private EventReport.FollowUpFigures followUp(long eventId) {
        Object[] row = rows("SELECT COUNT(*), SUM(f.satisfaction), SUM(f.new_contacts),"
                + " SUM(CASE WHEN f.follow_up_wanted THEN 1 ELSE 0 END) FROM events_follow_up f"
                + " WHERE f.event_id = ?1 AND f.answered_at IS NOT NULL", eventId).getFirst();
        long answers = number(row[0]);
        return new EventReport.FollowUpFigures(answers,
                FollowUpAnswers.averageSatisfaction(number(row[1]), answers), number(row[2]), number(row[3]));
    }

    private List<Object[]> rows(String sql, long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, eventId).getResultList();
        return rows;
    }

    /**
     * @param value a COUNT or SUM read by a native query, whose Java type depends on the database; null for a SUM
     *              of no rows
     * @return it as a long
     */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
