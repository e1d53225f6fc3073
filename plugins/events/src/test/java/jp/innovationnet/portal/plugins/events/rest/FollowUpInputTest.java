package jp.innovationnet.portal.plugins.events.rest;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpInputTest {

    @Test
    void everyFieldAtFaultIsNamed() {
        assertThat(Constraints.violated(new FollowUpInput(6, -1, true, "x".repeat(401), "x".repeat(2001))))
                .containsOnlyKeys("satisfaction", "newContacts", "followUpWith", "comment");
        assertThat(Constraints.violated(new FollowUpInput(null, null, null, null, "\u0007")))
                .containsOnlyKeys("satisfaction", "newContacts", "followUpWanted", "comment");
    }

    @Test
    void withWhomIsRequiredWhenAFollowUpIsWantedAndNamedWithTheOtherFields() {
        assertThat(Constraints.violated(new FollowUpInput(5, 0, true, "  ", null))).containsOnlyKeys("followUpWith");
        assertThat(Constraints.violated(new FollowUpInput(6, 0, true, null, null)))
                .containsOnlyKeys("satisfaction", "followUpWith");
        assertThat(Constraints.violated(new FollowUpInput(5, 0, false, null, null))).isEmpty();
    }

    @Test
    void textsArePlainWithoutFormatCharactersAndWithWhomIsDroppedWhenNotWanted() {
        FollowUpInput input = new FollowUpInput(5, 12, false, "ignored", " とても良かった\r\n<b>次回も</b>\u202E\u200B ");
        assertThat(Constraints.violated(input)).isEmpty();
        FollowUpAnswers answers = input.answers();
        assertThat(answers.followUpWith()).isEmpty();
        assertThat(answers.comment()).contains("とても良かった\n<b>次回も</b>");

        FollowUpAnswers wanted = new FollowUpInput(1, 0, true, "浜松技術研究所", null).answers();
        assertThat(wanted.followUpWith()).contains("浜松技術研究所");
        assertThat(wanted.comment()).isEmpty();
    }
}
