package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * Computes {@link DeskStatistics} in the database in seven passes over the period (a range of {@code created_at}):
 * one GROUP BY of topic, region and month (summed per dimension in Java), one of receivers; per time, the distinct
 * (day submitted, day done) pairs, whose business days are counted in Java since the holidays live in the
 * {@link BusinessDays}, and the hours at the percentiles' ranks ({@code ROW_NUMBER}); the compliance of both
 * targets as sums of CASE. No inquiry is loaded; the same SQL runs on PostgreSQL and H2.
 */
public final class StatisticsQueries {

    private static final String PERIOD = " FROM inquiries_inquiry i WHERE i.created_at >= ?1 AND i.created_at < ?2";
    private static final String MONTH = "(CAST(EXTRACT(YEAR FROM (i.created_at AT TIME ZONE 'Asia/Tokyo')) AS INTEGER)"
            + " * 100 + CAST(EXTRACT(MONTH FROM (i.created_at AT TIME ZONE 'Asia/Tokyo')) AS INTEGER))";

    private final EntityManager em;
    private final BusinessDays calendar;

    /**
     * @param em       the request's entity manager
     * @param calendar the business days
     */
    public StatisticsQueries(EntityManager em, BusinessDays calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    /**
     * @param from the first day of submission, in Tokyo
     * @param to   the last day, included
     * @param now  the time to judge targets not yet done at
     * @return the figures of the inquiries submitted in that period
     */
    public DeskStatistics between(LocalDate from, LocalDate to, Instant now) {
        OffsetDateTime start = from.atStartOfDay(BusinessDays.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay(BusinessDays.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        List<Object[]> groups = rows("SELECT i.topic, i.region, " + MONTH + ", COUNT(*)" + PERIOD
                + " GROUP BY i.topic, i.region, " + MONTH, start, end);
        Map<String, Long> topics = sums(groups, row -> (String) row[0]);
        Map<String, Long> regions = sums(groups, row -> (String) row[1]);
        Map<YearMonth, Long> months = sums(groups,
                row -> YearMonth.of(((Number) row[2]).intValue() / 100, ((Number) row[2]).intValue() % 100));
        List<DeskStatistics.Count<YearMonth>> byMonth = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.add(new DeskStatistics.Count<>(month, months.getOrDefault(month, 0L)));
        }
        Compliance[] levels = compliance(start, end, now);
        return new DeskStatistics(from, to, topics.values().stream().mapToLong(Long::longValue).sum(),
                every(Topic.values(), topics), every(Region.values(), regions), receivers(start, end), byMonth,
                durations("i.first_response_at", start, end), durations("i.resolved_at", start, end),
                levels[0], levels[1]);
    }

    private static <E extends Enum<E> & Coded> List<DeskStatistics.Count<String>> every(E[] values,
                                                                                       Map<String, Long> counts) {
        return Arrays.stream(values).map(v -> new DeskStatistics.Count<>(v.code(), counts.getOrDefault(v.code(), 0L)))
                .toList();
    }

    /** @return the groups' counts (last column) summed by a key of theirs */
    private static <K> Map<K, Long> sums(List<Object[]> groups, Function<Object[], K> keyOf) {
        return groups.stream().collect(Collectors.toMap(keyOf, row -> number(row[row.length - 1]), Long::sum));
    }

    private List<DeskStatistics.Count<String>> receivers(OffsetDateTime start, OffsetDateTime end) {
        return rows("SELECT r.organization_id, COUNT(*) FROM inquiries_referral r JOIN inquiries_inquiry i"
                + " ON i.id = r.inquiry_id WHERE i.created_at >= ?1 AND i.created_at < ?2 GROUP BY r.organization_id",
                start, end).stream()
                .map(row -> new DeskStatistics.Count<>((String) row[0], number(row[1])))
                .sorted(Comparator.comparingLong((DeskStatistics.Count<String> c) -> -c.count())
                        .thenComparing(DeskStatistics.Count::key))
                .toList();
    }

    /**
     * Counts and ranks in SQL: the percentiles' hours are the values at their ranks ({@code ROW_NUMBER} over the
     * durations); business days come from the distinct (day submitted, day done) pairs.
     *
     * @param done the column of when it was done
     */
    private Durations durations(String done, OffsetDateTime start, OffsetDateTime end) {
        String measured = PERIOD + " AND " + done + " IS NOT NULL";
        TreeMap<Integer, Long> days = new TreeMap<>();
        for (Object[] row : rows("SELECT " + day("i.created_at") + ", " + day(done) + ", COUNT(*)" + measured
                + " GROUP BY " + day("i.created_at") + ", " + day(done), start, end)) {
            days.merge(calendar.businessDaysBetween(date(row[0]), date(row[1])), number(row[2]), Long::sum);
        }
        long count = days.values().stream().mapToLong(Long::longValue).sum();
        if (count == 0) {
            return new Durations(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        long median = Percentile.rank(count, 50);
        long p90 = Percentile.rank(count, 90);
        String seconds = "EXTRACT(EPOCH FROM " + done + ") - EXTRACT(EPOCH FROM i.created_at)";
        Map<Long, Double> hours = rows("SELECT d.rn, d.seconds FROM (SELECT ROW_NUMBER() OVER (ORDER BY " + seconds
                + ") AS rn, " + seconds + " AS seconds" + measured + ") d WHERE d.rn IN (" + median + ", " + p90
                + ")", start, end).stream()
                .collect(Collectors.toMap(row -> number(row[0]), row -> ((Number) row[1]).doubleValue() / 3600));
        return new Durations(count, Optional.of(hours.get(median)), Optional.of(hours.get(p90)),
                Percentile.of(days, 50), Percentile.of(days, 90));
    }

    /** @return the first-response and the resolution target's compliance, from one pass over the period */
    private Compliance[] compliance(OffsetDateTime start, OffsetDateTime end, Instant now) {
        String sums = String.join(", ", states("i.first_response_at", "i.first_response_due", 3),
                states("i.resolved_at", "i.resolution_due", 5));
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Query query = em.createNativeQuery("SELECT " + sums + PERIOD);
        query.setParameter(1, start).setParameter(2, end);
        for (int i = 3; i <= 6; i++) {
            query.setParameter(i, at);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Compliance[] {new Compliance(number(row[0]), number(row[1]), number(row[2]), number(row[3])),
                new Compliance(number(row[4]), number(row[5]), number(row[6]), number(row[7]))};
    }

    /**
     * @param now the first of the two parameters "now" is bound to
     * @return met, missed, overdue and pending of one target as SQL sums (inquiries without a due time in none)
     */
    private static String states(String done, String due, int now) {
        return sum(done + " IS NOT NULL AND " + done + " <= " + due) + ", " + sum(done + " > " + due) + ", "
                + sum(done + " IS NULL AND " + due + " < ?" + now) + ", "
                + sum(done + " IS NULL AND " + due + " >= ?" + (now + 1));
    }

    private static String sum(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    private List<Object[]> rows(String sql, OffsetDateTime start, OffsetDateTime end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).getResultList();
        return rows;
    }

    /** @return the Tokyo day of a time column */
    private static String day(String column) {
        return "CAST((" + column + " AT TIME ZONE 'Asia/Tokyo') AS DATE)";
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
