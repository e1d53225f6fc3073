package jp.innovationnet.portal.plugins.events.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The network's activity in a period: events that took place or are announced (published or closed, not drafts,
 * not cancelled) starting in it, in all and by kind, region and month.
 *
 * @param from     the first day (in Japan)
 * @param to       the last day, included
 * @param total    all of them
 * @param byKind   by kind, every kind listed
 * @param byRegion by the venue's region (empty key: no region given), regions with events only
 * @param byMonth  by the month they start in (in Japan), every month of the period listed
 */
public record NetworkStatistics(LocalDate from, LocalDate to, Figures total, List<Line<String>> byKind,
                                List<Line<Optional<String>>> byRegion, List<Line<YearMonth>> byMonth) {

    /**
     * @param events              how many events
     * @param registrations       confirmed registrations for them (people holding a seat)
     * @param attendance          registrants checked in at the door
     * @param followUpAnswers     follow-up forms answered
     * @param satisfactionAverage the answers' average satisfaction (1 to 5); empty without answers
     */
    public record Figures(long events, long registrations, long attendance, long followUpAnswers,
                          Optional<Double> satisfactionAverage) {
    }

    /** @param key what the line counts @param figures its figures @param <K> the key's type */
    public record Line<K>(K key, Figures figures) {
    }
}
