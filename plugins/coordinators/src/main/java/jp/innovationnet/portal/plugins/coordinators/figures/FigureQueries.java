package jp.innovationnet.portal.plugins.coordinators.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.DatePeriod;
import jp.innovationnet.portal.plugins.coordinators.text.Lines;

/**
 * Reads the {@link Figures} of a period from the plugin's tables with SQL: the requests posted in it row by row
 * (region, fields, status, times), the rest as counts.
 */
public final class FigureQueries {

    private FigureQueries() {
    }

    /**
     * @param em       the request's entity manager
     * @param period   the days, in Japan
     * @param calendar the network's business days
     * @return the figures
     */
    public static Figures of(EntityManager em, DatePeriod period, BusinessDays calendar) {
        OffsetDateTime start = period.from().atStartOfDay(BusinessDays.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay(BusinessDays.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        List<?> rows = em.createNativeQuery("SELECT region, fields, status, created_at, first_offer_at"
                        + " FROM coordinators_help_request WHERE created_at >= ? AND created_at < ?")
                .setParameter(1, start).setParameter(2, end).getResultList();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> byField = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        List<Double> hours = new ArrayList<>();
        List<Double> businessDays = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byRegion.merge((String) columns[0], 1L, Long::sum);
            Lines.split((String) columns[1]).forEach(field -> byField.merge(field, 1L, Long::sum));
            byStatus.merge((String) columns[2], 1L, Long::sum);
            if (columns[4] != null) {
                Instant posted = instant(columns[3]);
                Instant offered = instant(columns[4]);
                hours.add(Duration.between(posted, offered).toMinutes() / 60.0);
                businessDays.add((double) calendar.businessDaysBetween(LocalDate.ofInstant(posted, BusinessDays.ZONE),
                        LocalDate.ofInstant(offered, BusinessDays.ZONE)));
            }
        }
        return new Figures(period.from(), period.to(), rows.size(), byRegion, byField, hours.size(),
                median(hours), median(businessDays),
                byStatus.getOrDefault("open", 0L) + byStatus.getOrDefault("matched", 0L),
                byStatus.getOrDefault("fulfilled", 0L), byStatus.getOrDefault("expired", 0L),
                byStatus.getOrDefault("cancelled", 0L),
                count(em, "coordinators_help_request", "approval = 'approved'", "approved_at", start, end),
                count(em, "coordinators_case", "status = 'published'", "published_at", start, end),
                count(em, "coordinators_question", "accepted_answer_id IS NOT NULL", "accepted_at", start, end));
    }

    /**
     * @param values some values
     * @return their median to one decimal (the mean of the two middle ones for an even count); null for none
     */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }

    private static long count(EntityManager em, String table, String condition, String time, OffsetDateTime start,
                              OffsetDateTime end) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition + " AND "
                        + time + " >= ? AND " + time + " < ?")
                .setParameter(1, start).setParameter(2, end).getSingleResult()).longValue();
    }

    private static Instant instant(Object column) {
        return switch (column) {
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp time -> time.toInstant();
            case Instant time -> time;
            default -> throw new IllegalStateException("a time, not " + column.getClass());
        };
    }
}
