package jp.innovationnet.portal.plugins.events.event;

import org.junit.jupiter.api.Test;

import static jp.innovationnet.portal.plugins.events.event.Events.START;
import static jp.innovationnet.portal.plugins.events.event.Events.audience;
import static jp.innovationnet.portal.plugins.events.event.Events.details;
import static jp.innovationnet.portal.plugins.events.event.Events.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLifecycleTest {

    @Test
    void draftIsPublishedThenClosedThenCancelled() {
        Event event = draft("tama", audience(AudienceKind.PUBLIC));
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        event.publish();
        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        event.close();
        assertThat(event.status()).isEqualTo(EventStatus.CLOSED);
        event.cancel();
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void refusedTransitionsLeaveTheStatusAlone() {
        Event event = draft("tama", audience(AudienceKind.PUBLIC));
        assertThatThrownBy(event::close).isInstanceOf(EventStateException.class);
        event.publish();
        assertThatThrownBy(event::publish).isInstanceOf(EventStateException.class);
        event.cancel();
        assertThatThrownBy(event::cancel).isInstanceOf(EventStateException.class);
        assertThatThrownBy(event::publish).isInstanceOf(EventStateException.class);
        assertThatThrownBy(() -> event.revise(details(audience(AudienceKind.PUBLIC))))
                .isInstanceOf(EventStateException.class);
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void registrationIsOpenWhilePublishedAndBeforeItCloses() {
        Event event = draft("tama", audience(AudienceKind.PUBLIC));
        assertThat(event.registrationWindow(START.minusSeconds(60))).isEqualTo(RegistrationWindow.NOT_PUBLISHED);
        event.publish();
        assertThat(event.registrationWindow(START.minusSeconds(60))).isEqualTo(RegistrationWindow.OPEN);
        assertThat(event.registrationWindow(START)).isEqualTo(RegistrationWindow.ENDED);
        event.close();
        assertThat(event.registrationWindow(START.minusSeconds(60))).isEqualTo(RegistrationWindow.NOT_PUBLISHED);
    }
}
