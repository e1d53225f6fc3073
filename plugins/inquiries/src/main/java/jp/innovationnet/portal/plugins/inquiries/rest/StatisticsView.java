package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;

/**
 * The desk's statistics as the API shows them; keys are codes (topics, regions), organization ids or months
 * ({@code YYYY-MM}), labels in the caller's language. A figure that cannot be computed (nothing measured) is null.
 *
 * @param from           the first day (Tokyo)
 * @param to             the last day, included
 * @param total          inquiries submitted in the period
 * @param byTopic        every topic
 * @param byRegion       every region
 * @param byReceiver     the organizations routed to, most first
 * @param byMonth        every month of the period
 * @param firstResponse  time to the first reply and the first-response target
 * @param resolution     time to being answered or closed and the resolution target
 */
public record StatisticsView(String from, String to, long total, List<Line> byTopic, List<Line> byRegion,
                             List<Line> byReceiver, List<Line> byMonth, Times firstResponse, Times resolution) {

    /** @param key the code, id or month @param label its name @param count inquiries */
    public record Line(String key, String label, long count) {
    }

    /**
     * @param count              inquiries measured (done)
     * @param medianHours        median hours, one decimal
     * @param p90Hours           90th percentile hours
     * @param medianBusinessDays median business days after the day of submission
     * @param p90BusinessDays    90th percentile business days
     * @param met                done by the due time
     * @param missed             done after it
     * @param overdue            not done, past due
     * @param pending            not done, not yet due
     * @param metPercent         met of met, missed and overdue, in percent, one decimal
     */
    public record Times(long count, Double medianHours, Double p90Hours, Integer medianBusinessDays,
                        Integer p90BusinessDays, long met, long missed, long overdue, long pending,
                        Double metPercent) {
    }
}
