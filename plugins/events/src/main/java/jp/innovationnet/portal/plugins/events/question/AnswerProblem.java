package jp.innovationnet.portal.plugins.events.question;

/** What is wrong with one answer. */
public enum AnswerProblem {
    /** The event asks no question with that id. */
    UNKNOWN_QUESTION,
    /** A required question was not answered. */
    REQUIRED,
    /** A choice was answered with something else than the index of one of its options. */
    NOT_AN_OPTION,
    /** A yes-no question was answered with something else than yes or no. */
    NOT_YES_NO,
    /** A text answer is longer than {@link Answers#MAX_TEXT}. */
    TOO_LONG
}
