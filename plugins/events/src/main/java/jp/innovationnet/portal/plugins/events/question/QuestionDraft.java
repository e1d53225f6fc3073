package jp.innovationnet.portal.plugins.events.question;

import java.util.List;
import java.util.Optional;

/**
 * A question as an organiser writes it, checked at the boundary (labels present, options only for a choice).
 *
 * @param id       the id of the question it edits; empty for a new question
 * @param labelJa  the question in Japanese
 * @param labelEn  the question in English
 * @param type     what kind of answer it takes
 * @param required whether registrants must answer it
 * @param options  for a choice: its options, in order; empty otherwise
 */
public record QuestionDraft(Optional<String> id, String labelJa, String labelEn, QuestionType type, boolean required,
                            List<ChoiceOption> options) {

    public QuestionDraft {
        options = List.copyOf(options);
    }
}
