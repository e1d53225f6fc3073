package jp.innovationnet.portal.plugins.events.notice;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * The wording of the plugin's mails: texts in {@code messages_ja.properties} and {@code messages_en.properties} beside
 * it ({@code {0}} the registrant's name, {@code {1}} the event's title in the leads). {@code DAY} is the pattern of a
 * day in the reader's language.
 */
enum MailText implements Wording {
    CONFIRMED_SUBJECT,
    CONFIRMED_LEAD,
    PENDING_SUBJECT,
    PENDING_LEAD,
    DECLINED_SUBJECT,
    DECLINED_LEAD,
    WAITING_SUBJECT,
    WAITING_LEAD,
    PROMOTED_SUBJECT,
    PROMOTED_LEAD,
    CHANGED_SUBJECT,
    CHANGED_LEAD,
    CHANGE_TIME,
    CHANGE_VENUE,
    CHANGE_ONLINE,
    CHANGE_SEPARATOR,
    CANCELLED_SUBJECT,
    CANCELLED_LEAD,
    WITHDRAWN_SUBJECT,
    WITHDRAWN_LEAD,
    REMINDER_SUBJECT,
    REMINDER_LEAD,
    MESSAGE_SUBJECT,
    MESSAGE_LEAD,
    WHEN,
    WHERE,
    ONLINE,
    DETAILS,
    CONTACT,
    OWN_PAGE,
    DAY
}
