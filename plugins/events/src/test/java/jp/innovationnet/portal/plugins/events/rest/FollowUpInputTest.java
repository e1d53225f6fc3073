package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FollowUpInputTest {

    @Test
    void everyFieldAtFaultIsNamed() {
        assertThat(Constraints.violated(new FollowUpInput(6, -1, true, "x".repeat(401), "x".repeat(2001))))
                .containsOnlyKeys("satisfaction", "newContacts", "followUpWith", "comment");
        assertThat(Constraints.violated(new FollowUpInput(null, null, null, null, "\u0007")))
                .containsOnlyKeys("satisfaction", "newContacts", "followUpWanted", "comment");
    }

    @Test
    void withWhomIsRequiredWhenAFollowUpIsWanted() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> new FollowUpInput(5, 0, true, "  ", null).answers(Locale.JAPANESE));
        assertThat(problem.status()).isEqualTo(FieldErrors.STATUS);
        assertThat(problem.fieldErrors()).containsOnlyKeys("followUpWith");
        assertThat(problem.fieldErrors().get("followUpWith")).isEqualTo("入力してください");
    }

    @Test
    void textsArePlainWithoutFormatCharactersAndWithWhomIsDroppedWhenNotWanted() {
        FollowUpInput input = new FollowUpInput(5, 12, false, "ignored", " とても良かった\r\n<b>次回も</b>\u202E\u200B ");
        assertThat(Constraints.violated(input)).isEmpty();
        FollowUpAnswers answers = input.answers(Locale.ENGLISH);
        assertThat(answers.followUpWith()).isEmpty();
        assertThat(answers.comment()).contains("とても良かった\n<b>次回も</b>");

        FollowUpAnswers wanted = new FollowUpInput(1, 0, true, "浜松技術研究所", null).answers(Locale.ENGLISH);
        assertThat(wanted.followUpWith()).contains("浜松技術研究所");
        assertThat(wanted.comment()).isEmpty();
    }
}
