/**
 * Registrations for events (with answers to the event's questions, a private token for registrants without an
 * account, a check-in code and the organisers' approval where asked for): the seats of an event ({@link jp.innovationnet.portal.plugins.events.registration.Seats}),
 * registrations with their first-in-first-out waiting list, and the desk that changes them under the event's seat
 * lock ({@link jp.innovationnet.portal.plugins.events.registration.RegistrationDesk}).
 */
package jp.innovationnet.portal.plugins.events.registration;
