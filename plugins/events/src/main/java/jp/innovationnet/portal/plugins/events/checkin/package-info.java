/**
 * Checking registrants in at the door: the QR code of a registration's check-in address
 * ({@link jp.innovationnet.portal.plugins.events.checkin.CheckInQr}), which the registrant shows and the organisers
 * scan. The check-in itself is a registration's ({@code Registration.checkIn}).
 */
package jp.innovationnet.portal.plugins.events.checkin;
