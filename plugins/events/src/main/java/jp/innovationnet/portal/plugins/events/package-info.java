/**
 * The events plugin: events of the network (seminars, exchange meetings, matching fairs...) announced by the
 * secretariat or a member organization, registrations with a first-in-first-out waiting list, and iCalendar files.
 * {@link jp.innovationnet.portal.plugins.events.EventsPlugin} wires the packages below into the portal.
 */
package jp.innovationnet.portal.plugins.events;
