package jp.innovationnet.portal.plugins.inquiries.notice;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * What the desk's mails and notifications say: the texts are in this package's {@code messages_ja.properties} and
 * {@code messages_en.properties}.
 */
enum NoticeWording implements Wording {
    /** {0}: the reference. */
    SUBMITTED_SUBJECT,
    /** {0}: the asker's name, {1}: the reference, {2}: the subject, {3}: the private link. */
    SUBMITTED_TEXT,
    /** {0}: the reference. */
    NEW_INQUIRY,
    /** {0}: the reference. */
    REPLIED_SUBJECT,
    /** {0}: the asker's name, {1}: the subject, {2}: the reply, {3}: how to answer. */
    REPLIED_TEXT,
    /** {0}: the reference. */
    CLOSED_SUBJECT,
    /** {0}: the asker's name, {1}: the subject, {2}: how to answer. */
    CLOSED_TEXT,
    /** {0}: the portal's page of the inquiry. */
    ANSWER_IN_PORTAL,
    /** {0}: the reference. */
    ANSWER_THROUGH_LINK,
    /** {0}: the reference. */
    ROUTED,
    /** {0}: the reference. */
    ASKER_WROTE,
    /** {0}: the reference. */
    HANDED_BACK,
    /** {0}: the reference. */
    ASSIGNED_SUBJECT,
    /** {0}: the assignee's name, {1}: the reference, {2}: the subject, {3}: the portal's page of the inquiry. */
    ASSIGNED_TEXT,
    /** {0}: the target, {1}: the reference. */
    DUE_SOON,
    /** {0}: the target, {1}: the reference. */
    OVERDUE,
    /** {0}: the warning's title, {1}: the subject, {2}: when the target falls due, {3}: the portal's page. */
    LEVEL_WARNING_TEXT
}
