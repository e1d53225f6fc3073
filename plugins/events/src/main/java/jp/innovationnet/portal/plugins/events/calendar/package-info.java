/**
 * Events as iCalendar files (ical4j): one event's file, and each user's personal subscription feed of the events
 * they registered for, opened by a secret token of which only the SHA-256 is kept.
 */
package jp.innovationnet.portal.plugins.events.calendar;
