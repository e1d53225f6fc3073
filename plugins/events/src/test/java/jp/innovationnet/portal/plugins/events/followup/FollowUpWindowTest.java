package jp.innovationnet.portal.plugins.events.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Events;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpWindowTest {

    private static final Instant END = Events.START.plusSeconds(3 * 3600);

    @Test
    void opensAtTheEndAndClosesThirtyDaysLater() {
        Event event = Events.draft("tama", Events.audience(AudienceKind.ALL_MEMBERS));
        event.publish();
        assertThat(FollowUpWindow.of(event, END.minusSeconds(1))).isEqualTo(FollowUpWindow.NOT_YET);
        assertThat(FollowUpWindow.of(event, END)).isEqualTo(FollowUpWindow.OPEN);
        assertThat(FollowUpWindow.of(event, END.plus(Duration.ofDays(30)).minusSeconds(1)))
                .isEqualTo(FollowUpWindow.OPEN);
        assertThat(FollowUpWindow.of(event, END.plus(Duration.ofDays(30)))).isEqualTo(FollowUpWindow.CLOSED);
        event.close();
        assertThat(FollowUpWindow.of(event, END)).isEqualTo(FollowUpWindow.OPEN);
    }

    @Test
    void aCancelledOrUnpublishedEventHasNoFollowUp() {
        Event event = Events.draft("tama", Events.audience(AudienceKind.ALL_MEMBERS));
        assertThat(FollowUpWindow.of(event, END.plusSeconds(60))).isEqualTo(FollowUpWindow.NOT_HELD);
        event.publish();
        event.cancel();
        assertThat(FollowUpWindow.of(event, END.plusSeconds(60))).isEqualTo(FollowUpWindow.NOT_HELD);
    }

    @Test
    void answersAreReplacedAndKeepTheirFirstTime() {
        FollowUp followUp = new FollowUp(7, 3, "token", END);
        assertThat(followUp.answers()).isEmpty();
        followUp.answer(new FollowUpAnswers(4, 2, true, Optional.of("TAMA 産学連携"),
                Optional.empty()), END.plusSeconds(10));
        followUp.answer(new FollowUpAnswers(5, 3, false, Optional.empty(),
                Optional.of("有意義でした")), END.plusSeconds(20));
        FollowUpAnswers answers = followUp.answers().orElseThrow();
        assertThat(answers.satisfaction()).isEqualTo(5);
        assertThat(answers.followUpWanted()).isFalse();
        assertThat(answers.followUpWith()).isEmpty();
        assertThat(answers.comment()).contains("有意義でした");
    }
}
