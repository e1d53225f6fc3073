package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Nearest-rank percentiles, as the SQL standard defines {@code PERCENTILE_DISC}: the smallest value whose cumulative
 * share reaches the percentile (H2 2.x picks one rank lower in some cases, so the queries do not use the function).
 */
final class Percentile {

    private Percentile() {
    }

    /**
     * @param count   how many values there are, at least 1
     * @param percent the percentile, 1 to 100
     * @return the 1-based rank of the value that is the percentile in the sorted values: ⌈count × percent / 100⌉
     */
    static long rank(long count, int percent) {
        return (count * percent + 99) / 100;
    }

    /**
     * @param counted each value and how often it occurs
     * @param percent the percentile, 1 to 100
     * @param <V>     the values' type
     * @return the smallest value at or below which at least {@code percent} % of all occurrences lie; empty if none
     */
    static <V> Optional<V> of(NavigableMap<V, Long> counted, int percent) {
        long all = counted.values().stream().mapToLong(Long::longValue).sum();
        long rank = rank(all, percent);
        long seen = 0;
        for (Map.Entry<V, Long> entry : counted.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank && all > 0) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
