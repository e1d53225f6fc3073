package jp.innovationnet.portal.plugins.events.question;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersTest {

    private final List<Question> asked = Questions.asked(Questions.draft(QuestionType.TEXT, false),
            Questions.draft(QuestionType.CHOICE, true, Questions.lunch()),
            Questions.draft(QuestionType.YES_NO, true));

    @Test
    void goodAnswersAreStoredStrippedWithChoicesAsIndexAndYesNoInLowerCase() {
        Answers.Checked checked = Answers.check(asked, Map.of("q1", "  研究室見学希望 ", "q2", "02", "q3", "YES"));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("q1", "研究室見学希望", "q2", "2", "q3", "yes"));
    }

    @Test
    void anOptionalQuestionLeftBlankIsNotStored() {
        Answers.Checked checked = Answers.check(asked, Map.of("q1", "  ", "q2", "0", "q3", "no"));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.values()).doesNotContainKey("q1");
    }

    @Test
    void everyProblemIsNamedByItsQuestion() {
        Answers.Checked checked = Answers.check(asked, Map.of("q1", "x".repeat(Answers.MAX_TEXT + 1), "q2", "3",
                "q3", "maybe", "q9", "?"));
        assertThat(checked.problems()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "q1", AnswerProblem.TOO_LONG, "q2", AnswerProblem.NOT_AN_OPTION, "q3", AnswerProblem.NOT_YES_NO,
                "q9", AnswerProblem.UNKNOWN_QUESTION));
        assertThat(Answers.check(asked, Map.of("q2", "-1", "q3", "yes")).problems())
                .containsExactlyEntriesOf(Map.of("q2", AnswerProblem.NOT_AN_OPTION));
    }

    @Test
    void requiredQuestionsMustBeAnsweredEvenWithoutABody() {
        assertThat(Answers.check(asked, null).problems()).containsOnlyKeys("q2", "q3")
                .containsValue(AnswerProblem.REQUIRED);
    }

    @Test
    void answersAreReadInTheReadersLanguage() {
        assertThat(asked.get(1).readable("0", java.util.Locale.JAPANESE)).isEqualTo("弁当");
        assertThat(asked.get(1).readable("0", java.util.Locale.ENGLISH)).isEqualTo("Bento");
        assertThat(asked.get(2).readable("yes", java.util.Locale.JAPANESE)).isEqualTo("はい");
        assertThat(asked.get(2).readable("no", java.util.Locale.ENGLISH)).isEqualTo("No");
    }
}
