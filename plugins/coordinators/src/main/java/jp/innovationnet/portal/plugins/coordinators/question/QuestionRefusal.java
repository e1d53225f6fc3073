package jp.innovationnet.portal.plugins.coordinators.question;

/** A step on a question or an answer that the caller's part in it does not allow. */
public final class QuestionRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Only the question's asker may do this. */
        NOT_ASKER,
        /** Nobody votes on their own answer. */
        OWN_ANSWER,
        /** The answer is not one of the question's. */
        OTHER_QUESTION
    }

    private final Reason reason;

    /** @param reason why */
    public QuestionRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }
}
