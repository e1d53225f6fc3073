package jp.innovationnet.portal.plugins.events.followup;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * The wording of the invitation to a follow-up form: texts in {@code messages_ja.properties} and
 * {@code messages_en.properties} beside it. The body takes the registrant's name, the event's title, the form's
 * address, the deadline and its time zone.
 */
enum InvitationText implements Wording {
    SUBJECT,
    BODY
}
