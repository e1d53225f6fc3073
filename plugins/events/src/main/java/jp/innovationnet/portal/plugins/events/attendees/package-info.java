/**
 * The attendee list of an event for its organisers, as a CSV file
 * ({@link jp.innovationnet.portal.plugins.events.attendees.AttendeeList}).
 */
package jp.innovationnet.portal.plugins.events.attendees;
