package jp.innovationnet.portal.plugins.events.question;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Questions for the tests. */
public final class Questions {

    private Questions() {
    }

    /** @return a draft of a new question */
    public static QuestionDraft draft(QuestionType type, boolean required, ChoiceOption... options) {
        return new QuestionDraft(Optional.empty(), "質問 " + type.code(), "Question " + type.code(), type, required,
                List.of(options));
    }

    /** @return the same question, as an edit names it */
    public static QuestionDraft edit(String id, QuestionDraft draft) {
        return new QuestionDraft(Optional.of(id), draft.labelJa(), draft.labelEn(), draft.type(), draft.required(),
                draft.options());
    }

    /**
     * @param drafts new questions
     * @return them as the event's first questions (q1, q2...)
     */
    public static List<Question> asked(QuestionDraft... drafts) {
        return Questionnaire.plan(1, List.of(), List.of(drafts), Set.of());
    }

    /** @return the options of a choice about lunch */
    public static ChoiceOption[] lunch() {
        return new ChoiceOption[] {new ChoiceOption("弁当", "Bento"), new ChoiceOption("不要", "None"),
                new ChoiceOption("=菜食", "=Vegetarian")};
    }
}
