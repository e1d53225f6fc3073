/**
 * What the events plugin tells registrants by e-mail, in the language each registered in: confirmation (with the
 * event's calendar file), waiting-list place, promotion from the waiting list, changes and cancellation of the
 * event, the organisers' messages and the reminder the day before (sent once, from a scheduled task); and what
 * happens to the registrations of an organization that leaves the network.
 */
package jp.innovationnet.portal.plugins.events.notice;
