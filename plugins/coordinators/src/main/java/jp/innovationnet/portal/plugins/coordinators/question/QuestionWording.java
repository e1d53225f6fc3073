package jp.innovationnet.portal.plugins.coordinators.question;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/** What the plugin tells people about questions (notifications and mails), in {@code messages_*.properties}. */
public enum QuestionWording implements Wording {
    /** {0}: the question's title. */
    EXPERT_ASKED_SUBJECT,
    /** {0}: the question's title; {1}: the link to it. */
    EXPERT_ASKED_BODY,
    /** {0}: the question's title. */
    ESCALATED_SUBJECT,
    /** {0}: the question's title; {1}: how many business days it waited. */
    ESCALATED_BODY
}
