package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;

/**
 * A registration as the API shows it, to its registrant and to the event's organisers only.
 *
 * @param id               its id
 * @param eventId          the event
 * @param status           pending, confirmed, waiting, declined, cancelled or not-attending
 * @param statusLabel      its status in the reader's language
 * @param waitingPosition  for waiting registrations: the place in the waiting list, from 1
 * @param userId           the portal user, if the registrant has an account
 * @param name             the registrant's name
 * @param email            their e-mail address
 * @param language         the language they read: ja or en
 * @param organizationId   the member organization they come for
 * @param organization     the organization they come for as they wrote it (registrants without an account)
 * @param createdAt        when they registered (ISO-8601)
 * @param changedAt        when the status last changed
 * @param answers          question id to answer (choice: option index; yes-no: yes/no)
 * @param checkedInAt      when they checked in at the event, if they did
 * @param checkInCode      the code of their check-in QR code
 * @param alreadyCheckedIn in the answer to a check-in only: whether they had checked in before
 */
public record RegistrationView(long id, long eventId, String status, String statusLabel, Long waitingPosition,
                               String userId, String name, String email, String language, String organizationId,
                               String organization, String createdAt, String changedAt, Map<String, String> answers,
                               String checkedInAt, String checkInCode, Boolean alreadyCheckedIn) {
}
