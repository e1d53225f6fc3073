package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The desk's figures for inquiries submitted in a period (days in Tokyo).
 *
 * @param from          the first day
 * @param to            the last day, included
 * @param total         how many inquiries
 * @param byTopic       by topic code, every topic listed
 * @param byRegion      by region code, every region listed
 * @param byReceiver    by organization id they were routed to (an inquiry counts once for each), most first
 * @param byMonth       by the month of submission, every month of the period listed
 * @param firstResponse time from submission to the first reply to the asker, of those replied to
 * @param resolution    time from submission to being answered or closed, of those resolved (not reopened since)
 * @param firstResponseLevel the first-response target's compliance
 * @param resolutionLevel    the resolution target's compliance
 */
public record DeskStatistics(LocalDate from, LocalDate to, long total, List<Count<String>> byTopic,
                             List<Count<String>> byRegion, List<Count<String>> byReceiver,
                             List<Count<YearMonth>> byMonth, Durations firstResponse, Durations resolution,
                             Compliance firstResponseLevel, Compliance resolutionLevel) {

    /** @param key what is counted @param count how many inquiries @param <K> the key's type */
    public record Count<K>(K key, long count) {
    }
}
