package jp.innovationnet.portal.plugins.coordinators.question;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Wording;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/** What the plugin tells people about questions (notifications and mails), in {@code messages_*.properties}. */
public enum QuestionWording implements Wording {
    /** {0}: the question's title. */
    EXPERT_ASKED_SUBJECT,
    /** {0}: the question's title (the mail adds the link). */
    EXPERT_ASKED_BODY,
    /** {0}: the question's title. */
    ESCALATED_SUBJECT,
    /** {0}: the question's title; {1}: how many business days it waited. */
    ESCALATED_BODY;

    /**
     * A notification about a question in both languages.
     *
     * @param subject its subject ({0}: the title)
     * @param body    its body ({0}: the title, {1}: {@code value})
     * @param title   the question's title
     * @param value   the body's second value
     * @param link    the portal path to open
     * @return the notification's text
     */
    static Notifications.Message message(QuestionWording subject, QuestionWording body, String title, Object value,
                                         String link) {
        return new Notifications.Message(subject.in(Locale.JAPANESE, title), subject.in(Locale.ENGLISH, title),
                body.in(Locale.JAPANESE, title, value), body.in(Locale.ENGLISH, title, value), link);
    }
}
