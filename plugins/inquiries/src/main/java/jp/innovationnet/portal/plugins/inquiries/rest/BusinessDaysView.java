package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;

/**
 * The days off of a period (a public record, as JSON-B needs to write it).
 *
 * @param from         the first day
 * @param to           the last day
 * @param businessDays how many business days the period has
 * @param daysOff      the days that are not, in date order
 */
public record BusinessDaysView(String from, String to, int businessDays, List<DayOffView> daysOff) {
}
