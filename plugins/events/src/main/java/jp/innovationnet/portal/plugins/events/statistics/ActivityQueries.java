package jp.innovationnet.portal.plugins.events.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;
import jp.innovationnet.portal.plugins.events.report.CheckIns;

import static jp.innovationnet.portal.plugins.events.report.EventReports.number;

/**
 * Computes {@link NetworkStatistics} in the database: each grouping is one query that sums per-event subtotals of
 * registrations and follow-up answers (GROUP BY in SQL), so no registration is loaded; the same SQL runs on
 * PostgreSQL and H2.
 */
public final class ActivityQueries {

    /** Days and months are those of Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final String MONTH = "(CAST(EXTRACT(YEAR FROM (e.starts_at AT TIME ZONE 'Asia/Tokyo')) AS INTEGER)"
            + " * 100 + CAST(EXTRACT(MONTH FROM (e.starts_at AT TIME ZONE 'Asia/Tokyo')) AS INTEGER))";
    /** The figures' columns, FROM and WHERE; the period is bound to ?1 and ?2 (three times: ?1 to ?6). */
    private static final String FIGURES = "COUNT(*), COALESCE(SUM(reg.registered), 0),"
            + " COALESCE(SUM(reg.attended), 0), COALESCE(SUM(fu.answers), 0), COALESCE(SUM(fu.satisfaction), 0)"
            + " FROM events_event e"
            + " LEFT JOIN (SELECT r.event_id, SUM(CASE WHEN r.status = 'CONFIRMED' THEN 1 ELSE 0 END) AS registered,"
            + " SUM(" + CheckIns.AS_COUNT + ") AS attended FROM events_registration r"
            + " WHERE r.event_id IN (SELECT p.id FROM events_event p WHERE p.starts_at >= ?1 AND p.starts_at < ?2)"
            + " GROUP BY r.event_id) reg ON reg.event_id = e.id"
            + " LEFT JOIN (SELECT f.event_id, COUNT(*) AS answers, SUM(f.satisfaction) AS satisfaction"
            + " FROM events_follow_up f WHERE f.answered_at IS NOT NULL"
            + " AND f.event_id IN (SELECT p.id FROM events_event p WHERE p.starts_at >= ?3 AND p.starts_at < ?4)"
            + " GROUP BY f.event_id) fu ON fu.event_id = e.id"
            + " WHERE e.status IN ('PUBLISHED', 'CLOSED') AND e.starts_at >= ?5 AND e.starts_at < ?6";

    private final EntityManager em;

    /** @param em the request's entity manager */
    public ActivityQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * @param from the first day, in Japan
     * @param to   the last day, included
     * @return the network's activity in that period
     */
    public NetworkStatistics between(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(JAPAN).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay(JAPAN).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        NetworkStatistics.Figures total = figures(rows("SELECT " + FIGURES, start, end).getFirst(), 0);
        Map<String, NetworkStatistics.Figures> kinds = grouped("e.kind", start, end, key -> (String) key);
        Map<Optional<String>, NetworkStatistics.Figures> regions = grouped("e.venue_region", start, end,
                key -> Optional.ofNullable((String) key));
        Map<YearMonth, NetworkStatistics.Figures> months = grouped(MONTH, start, end,
                key -> YearMonth.of(((Number) key).intValue() / 100, ((Number) key).intValue() % 100));
        List<NetworkStatistics.Line<YearMonth>> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.add(new NetworkStatistics.Line<>(month, months.getOrDefault(month, none())));
        }
        return new NetworkStatistics(from, to, total,
                Arrays.stream(EventKind.values()).map(kind -> new NetworkStatistics.Line<>(kind.name(),
                        kinds.getOrDefault(kind.name(), none()))).toList(),
                regions.entrySet().stream().map(e -> new NetworkStatistics.Line<>(e.getKey(), e.getValue()))
                        .sorted((a, b) -> a.key().orElse("\uFFFF").compareTo(b.key().orElse("\uFFFF"))).toList(),
                byMonth);
    }

    private <K> Map<K, NetworkStatistics.Figures> grouped(String key, OffsetDateTime start, OffsetDateTime end,
                                                          Function<Object, K> keyOf) {
        return rows("SELECT " + key + ", " + FIGURES + " GROUP BY " + key, start, end).stream()
                .collect(Collectors.toMap(row -> keyOf.apply(row[0]), row -> figures(row, 1)));
    }

    private List<Object[]> rows(String sql, OffsetDateTime start, OffsetDateTime end) {
        @SuppressWarnings("unchecked")
        var query = em.createNativeQuery(sql);
        for (int i = 1; i <= 5; i += 2) {
            query.setParameter(i, start).setParameter(i + 1, end);
        }
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static NetworkStatistics.Figures figures(Object[] row, int first) {
        long answers = number(row[first + 3]);
        return new NetworkStatistics.Figures(number(row[first]), number(row[first + 1]), number(row[first + 2]),
                answers, FollowUpAnswers.averageSatisfaction(number(row[first + 4]), answers));
    }

    private static NetworkStatistics.Figures none() {
        return new NetworkStatistics.Figures(0, 0, 0, 0, Optional.empty());
    }
}
