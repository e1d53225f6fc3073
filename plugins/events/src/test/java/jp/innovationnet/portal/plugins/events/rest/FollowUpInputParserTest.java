package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FollowUpInputParserTest {

    @Test
    void everyFieldAtFaultIsNamedInOneProblem() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> FollowUpInputParser.parse(
                new FollowUpInput(6, -1, true, "  ", "x".repeat(2001)), Locale.ENGLISH));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsOnlyKeys("satisfaction", "newContacts", "followUpWith", "comment");
        assertThat(problem.fieldErrors().get("satisfaction")).isEqualTo("must be from 1 to 5");
    }

    @Test
    void missingAnswersAreRequiredInTheCallersLanguage() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> FollowUpInputParser.parse(
                new FollowUpInput(null, null, null, null, null), Locale.JAPANESE));
        assertThat(problem.fieldErrors()).containsOnlyKeys("satisfaction", "newContacts", "followUpWanted");
        assertThat(problem.fieldErrors().get("satisfaction")).isEqualTo("入力してください");
    }

    @Test
    void textsArePlainWithoutControlOrFormatCharactersAndWithWhomIsDroppedWhenNotWanted() {
        FollowUpAnswers answers = FollowUpInputParser.parse(new FollowUpInput(5, 12, false, "ignored",
                " とても良かった\r\n<b>次回も</b>\u202E\u0007\u200B "), Locale.ENGLISH);
        assertThat(answers.followUpWith()).isEmpty();
        assertThat(answers.comment()).contains("とても良かった\n<b>次回も</b>");

        FollowUpAnswers wanted = FollowUpInputParser.parse(new FollowUpInput(1, 0, true, "浜松技術研究所", null),
                Locale.ENGLISH);
        assertThat(wanted.followUpWith()).contains("浜松技術研究所");
        assertThat(wanted.comment()).isEmpty();
    }
}
