package jp.innovationnet.portal.plugins.events.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QuestionnaireTest {

    private final List<Question> all = new ArrayList<>(Questions.asked(Questions.draft(QuestionType.TEXT, false),
            Questions.draft(QuestionType.CHOICE, true, Questions.lunch()),
            Questions.draft(QuestionType.YES_NO, false)));

    @Test
    void newQuestionsGetIdsInOrder() {
        assertThat(all).extracting(Question::key).containsExactly("q1", "q2", "q3");
        assertThat(all).extracting(Question::position).containsExactly(0, 1, 2);
    }

    @Test
    void anEditKeepsIdsMovesQuestionsRemovesTheOmittedAndNeverReusesAnId() {
        QuestionDraft reworded = new QuestionDraft(java.util.Optional.of("q3"), "懇親会に参加しますか", "Join the party?",
                QuestionType.YES_NO, true, List.of());
        all.addAll(Questionnaire.plan(1, all, List.of(reworded, Questions.edit("q1", Questions.draft(QuestionType.TEXT,
                false)), Questions.draft(QuestionType.TEXT, false)), Set.of("q2")));

        assertThat(all).extracting(Question::key).containsExactly("q1", "q2", "q3", "q4");
        assertThat(all.get(1).removed()).as("q2 was left out").isTrue();
        assertThat(all.get(2).position()).isZero();
        assertThat(all.get(2).labelEn()).isEqualTo("Join the party?");
        assertThat(all.get(2).required()).isTrue();
        assertThat(all.get(3).position()).isEqualTo(2);

        all.addAll(Questionnaire.plan(1, all, List.of(Questions.draft(QuestionType.TEXT, false)), Set.of()));
        assertThat(all.get(4).key()).as("q2 stays q2's, removed or not").isEqualTo("q5");
    }

    @Test
    void anAnsweredQuestionKeepsItsTypeAndItsOptionsAndNothingChangesWhenRefused() {
        QuestionDraft textNow = Questions.edit("q2", Questions.draft(QuestionType.TEXT, true));
        QuestionDraft fewer = Questions.edit("q2", Questions.draft(QuestionType.CHOICE, true,
                Questions.lunch()[0], Questions.lunch()[1]));
        QuestionDraft typeOfUnanswered = Questions.edit("q1", Questions.draft(QuestionType.YES_NO, false));

        QuestionChangeException refused = catchThrowableOfType(QuestionChangeException.class,
                () -> Questionnaire.plan(1, all, List.of(typeOfUnanswered, textNow), Set.of("q2")));
        assertThat(refused.refusals()).containsExactly(new QuestionChangeException.Refusal(1, "type",
                QuestionChangeException.Reason.TYPE_ANSWERED));
        assertThat(catchThrowableOfType(QuestionChangeException.class,
                () -> Questionnaire.plan(1, all, List.of(fewer), Set.of("q2"))).refusals())
                .extracting(QuestionChangeException.Refusal::field).containsExactly("options");
        assertThat(all).extracting(Question::type).containsExactly(QuestionType.TEXT, QuestionType.CHOICE,
                QuestionType.YES_NO);
        assertThat(all).noneMatch(Question::removed);

        List<ChoiceOption> more = new ArrayList<>(List.of(Questions.lunch()));
        more.add(new ChoiceOption("軽食", "Snack"));
        Questionnaire.plan(1, all, List.of(new QuestionDraft(java.util.Optional.of("q2"), "昼食", "Lunch",
                QuestionType.CHOICE, true, more), typeOfUnanswered), Set.of("q2"));
        assertThat(all.get(1).options()).hasSize(4);
        assertThat(all.get(0).type()).as("unanswered, so it may change").isEqualTo(QuestionType.YES_NO);
    }

    @Test
    void unknownRemovedAndRepeatedIdsAreRefused() {
        Questionnaire.plan(1, all, List.of(Questions.edit("q1", Questions.draft(QuestionType.TEXT, false))),
                Set.of());
        QuestionChangeException refused = catchThrowableOfType(QuestionChangeException.class,
                () -> Questionnaire.plan(1, all, List.of(Questions.edit("q2", Questions.draft(QuestionType.CHOICE,
                        true, Questions.lunch())), Questions.edit("q7", Questions.draft(QuestionType.TEXT, false)),
                        Questions.edit("q1", Questions.draft(QuestionType.TEXT, false)),
                        Questions.edit("q1", Questions.draft(QuestionType.TEXT, false))), Set.of()));
        assertThat(refused.refusals()).extracting(QuestionChangeException.Refusal::index).containsExactly(0, 1, 3);
        assertThat(refused.refusals()).extracting(QuestionChangeException.Refusal::reason)
                .containsOnly(QuestionChangeException.Reason.UNKNOWN_ID);
    }
}
