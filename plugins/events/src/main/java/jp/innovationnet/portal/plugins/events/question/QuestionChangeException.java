package jp.innovationnet.portal.plugins.events.question;

import java.util.List;

/** An edit of an event's questions that would make answers given already wrong, or names no question. */
public class QuestionChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a question's change is refused. */
    public enum Reason {
        /** The id names none of the event's current questions, or names one twice. */
        UNKNOWN_ID,
        /** The question has answers, so its type cannot change. */
        TYPE_ANSWERED,
        /** The choice has answers, so its options cannot become fewer (answers are option indexes). */
        OPTIONS_ANSWERED
    }

    /**
     * @param index  the question's place in the list sent
     * @param field  {@code id}, {@code type} or {@code options}
     * @param reason why
     */
    public record Refusal(int index, String field, Reason reason) {
    }

    private final transient List<Refusal> refusals;

    /** @param refusals every question refused */
    public QuestionChangeException(List<Refusal> refusals) {
        super("questions refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    /** @return every question refused */
    public List<Refusal> refusals() {
        return refusals;
    }
}
