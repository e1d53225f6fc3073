package jp.innovationnet.portal.plugins.events.rest;

/**
 * Who arrives at the door: by the code of their QR code, or (found by name) by their registration's id.
 *
 * @param code           the check-in code the QR code carries
 * @param registrationId the registration's id
 */
public record CheckInInput(String code, Long registrationId) {
}
