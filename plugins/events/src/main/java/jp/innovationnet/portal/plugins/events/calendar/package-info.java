/** Events as iCalendar files (ical4j). */
package jp.innovationnet.portal.plugins.events.calendar;
