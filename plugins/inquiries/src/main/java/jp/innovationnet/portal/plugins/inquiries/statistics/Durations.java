package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.util.Optional;

/**
 * How long something took over a set of inquiries, as median and 90th percentile (nearest rank: the smallest value
 * that at least half, or 90 %, of the inquiries did not exceed); empty without any inquiry.
 *
 * @param count              how many inquiries it is measured over
 * @param medianHours        the median in hours
 * @param p90Hours           the 90th percentile in hours
 * @param medianBusinessDays the median in business days after the day of submission (0: the same day)
 * @param p90BusinessDays    the 90th percentile in business days
 */
public record Durations(long count, Optional<Double> medianHours, Optional<Double> p90Hours,
                        Optional<Integer> medianBusinessDays, Optional<Integer> p90BusinessDays) {
}
