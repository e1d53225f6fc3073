package jp.innovationnet.portal.plugins.events.rest;

import jp.innovationnet.portal.plugins.events.event.Texts;

/**
 * A participant's follow-up form as the API shows it (to the participant only).
 *
 * @param event          the event: id and title
 * @param answered       whether it was answered
 * @param satisfaction   1 to 5; null until answered
 * @param newContacts    0 to 999; null until answered
 * @param followUpWanted null until answered
 * @param followUpWith   with whom, when wanted
 * @param comment        the comment, plain text
 * @param editable       whether the answers may (still) be given or changed
 * @param editableUntil  until when (ISO-8601)
 */
public record FollowUpView(EventRef event, boolean answered, Integer satisfaction, Integer newContacts,
                           Boolean followUpWanted, String followUpWith, String comment, boolean editable,
                           String editableUntil) {

    /** @param id the event's id @param title its title */
    public record EventRef(long id, Texts title) {
    }
}
