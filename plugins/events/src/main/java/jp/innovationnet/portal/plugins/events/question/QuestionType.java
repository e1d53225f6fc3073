package jp.innovationnet.portal.plugins.events.question;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** What kind of answer a question takes. */
public enum QuestionType implements Coded {
    /** Free text. */
    TEXT,
    /** One of the question's options, answered by the option's index ({@code "0"}, {@code "1"}...). */
    CHOICE,
    /** {@code "yes"} or {@code "no"}. */
    YES_NO
}
