package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;

/**
 * The network's activity statistics as the API shows them.
 *
 * @param from     the first day of the period (ISO date, in Japan)
 * @param to       its last day, included
 * @param total    all events of the period
 * @param byKind   by kind (key: the kind's code), every kind listed
 * @param byRegion by the venue's region (key: the region; null when none was given)
 * @param byMonth  by month (key: YYYY-MM), every month of the period listed
 */
public record StatisticsView(String from, String to, Figures total, List<Line> byKind, List<Line> byRegion,
                             List<Line> byMonth) {

    /**
     * @param events              events published or held (not drafts, not cancelled) starting in the period
     * @param registrations       confirmed registrations for them
     * @param attendance          registrants checked in
     * @param followUpAnswers     follow-up forms answered
     * @param satisfactionAverage average satisfaction (1 to 5); null without answers
     */
    public record Figures(long events, long registrations, long attendance, long followUpAnswers,
                          Double satisfactionAverage) {
    }

    /** @param key what is counted @param label it in the reader's language @param figures the figures */
    public record Line(String key, String label, Figures figures) {
    }
}
