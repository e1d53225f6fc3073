package jp.innovationnet.portal.plugins.events.rest;

/**
 * A registration as the API shows it.
 *
 * @param id              its id
 * @param eventId         the event
 * @param status          confirmed, waiting, cancelled or not-attending
 * @param statusLabel     its status in the reader's language
 * @param waitingPosition for waiting registrations: the place in the waiting list, from 1
 * @param userId          the portal user, if the registrant has an account
 * @param name            the registrant's name
 * @param email           their e-mail address
 * @param language        the language they read: ja or en
 * @param organizationId  the organization they come for
 * @param createdAt       when they registered (ISO-8601)
 * @param changedAt       when the status last changed
 * @param remindedAt      when the reminder the day before went out (ISO-8601), or null
 */
public record RegistrationView(long id, long eventId, String status, String statusLabel, Long waitingPosition,
                               String userId, String name, String email, String language, String organizationId,
                               String createdAt, String changedAt, String remindedAt) {
}
