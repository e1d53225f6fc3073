/**
 * Japanese business days in Asia/Tokyo: not a Saturday or Sunday, not a national holiday (substitute holidays
 * 振替休日 and citizens' holidays 国民の休日 included), not the year-end break (December 29 to January 3).
 * {@link jp.innovationnet.portal.plugins.inquiries.calendar.BusinessCalendar} is the entry point.
 */
package jp.innovationnet.portal.plugins.inquiries.calendar;
