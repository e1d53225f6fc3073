/**
 * Registrations for events: the seats of an event ({@link jp.innovationnet.portal.plugins.events.registration.Seats}),
 * registrations with their first-in-first-out waiting list, and the desk that changes them under the event's seat
 * lock ({@link jp.innovationnet.portal.plugins.events.registration.RegistrationDesk}).
 */
package jp.innovationnet.portal.plugins.events.registration;
