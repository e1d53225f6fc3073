package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * The statistics as one long table, the shape a spreadsheet filters and pivots: one row per figure, naming its
 * dimension, its key and both as labels in the reader's language. Counts are whole numbers, times and shares
 * rounded to one decimal; a figure that cannot be computed (nothing measured) is an empty cell.
 */
public final class StatisticsTable {

    private StatisticsTable() {
    }

    /**
     * @param dimension      what the row is about (code)
     * @param dimensionLabel its label
     * @param key            the row's key: a code, organization id, month or {@link Measure} code
     * @param label          the key's label
     * @param value          the figure: a number, a date as text, or null when there is none
     */
    public record Row(String dimension, String dimensionLabel, String key, String label, Object value) {

        /** @return the row's cells in the order of {@link #header} (the value may be null: an empty cell) */
        public List<Object> cells() {
            return Arrays.asList(dimension, dimensionLabel, key, label, value);
        }
    }

    /** The columns of the table as a file. */
    enum Column implements Coded {
        DIMENSION, DIMENSION_LABEL, KEY, LABEL, VALUE
    }

    /** @param locale the reader's language @return the columns' names in that language */
    public static List<String> header(Locale locale) {
        return Arrays.stream(Column.values()).map(column -> column.label(locale)).toList();
    }

    /**
     * @param statistics       the figures
     * @param locale           the reader's language
     * @param organizationName an organization's name in that language, by id
     * @return the rows: period and total, then by topic, region, receiver and month, then both targets' times and
     *     compliance
     */
    public static List<Row> rows(DeskStatistics statistics, Locale locale, Function<String, String> organizationName) {
        Table table = new Table(locale);
        table.measure(Dimension.PERIOD, Measure.FROM, statistics.from().toString());
        table.measure(Dimension.PERIOD, Measure.TO, statistics.to().toString());
        table.measure(Dimension.PERIOD, Measure.TOTAL, statistics.total());
        statistics.byTopic().forEach(c -> table.add(Dimension.TOPIC, c.key(),
                Coded.byCode(Topic.values(), c.key()).orElseThrow().label(locale), c.count()));
        statistics.byRegion().forEach(c -> table.add(Dimension.REGION, c.key(),
                Coded.byCode(Region.values(), c.key()).orElseThrow().label(locale), c.count()));
        statistics.byReceiver().forEach(c -> table.add(Dimension.RECEIVER, c.key(), organizationName.apply(c.key()),
                c.count()));
        statistics.byMonth().forEach(c -> table.add(Dimension.MONTH, c.key().toString(), c.key().toString(),
                c.count()));
        table.times(Dimension.FIRST_RESPONSE, statistics.firstResponse(), statistics.firstResponseLevel());
        table.times(Dimension.RESOLUTION, statistics.resolution(), statistics.resolutionLevel());
        return table.rows;
    }

    /** @param value a time or share @return it rounded to one decimal, or null when there is none */
    public static Double rounded(Optional<Double> value) {
        return value.map(v -> Math.round(v * 10) / 10.0).orElse(null);
    }

    private static final class Table {
        private final Locale locale;
        private final List<Row> rows = new ArrayList<>();

        Table(Locale locale) {
            this.locale = locale;
        }

        void add(Dimension dimension, String key, String label, Object value) {
            rows.add(new Row(dimension.code(), dimension.label(locale), key, label, value));
        }

        void measure(Dimension dimension, Measure measure, Object value) {
            add(dimension, measure.code(), measure.label(locale), value);
        }

        void times(Dimension dimension, Durations times, Compliance level) {
            measure(dimension, Measure.COUNT, times.count());
            measure(dimension, Measure.MEDIAN_HOURS, rounded(times.medianHours()));
            measure(dimension, Measure.P90_HOURS, rounded(times.p90Hours()));
            measure(dimension, Measure.MEDIAN_BUSINESS_DAYS, times.medianBusinessDays().orElse(null));
            measure(dimension, Measure.P90_BUSINESS_DAYS, times.p90BusinessDays().orElse(null));
            measure(dimension, Measure.MET, level.met());
            measure(dimension, Measure.MISSED, level.missed());
            measure(dimension, Measure.OVERDUE, level.overdue());
            measure(dimension, Measure.PENDING, level.pending());
            measure(dimension, Measure.MET_PERCENT, rounded(level.metPercent()));
        }
    }
}
