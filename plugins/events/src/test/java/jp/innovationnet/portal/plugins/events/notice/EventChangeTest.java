package jp.innovationnet.portal.plugins.events.notice;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventDetails;
import jp.innovationnet.portal.plugins.events.event.Events;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.event.Venue;

import static org.assertj.core.api.Assertions.assertThat;

class EventChangeTest {

    private final EventDetails details = Events.details(Events.audience(AudienceKind.PUBLIC));

    @Test
    void onlyTimeVenueAndOnlineLinkCount() {
        Event event = Events.draft("tama", Events.audience(AudienceKind.PUBLIC));
        EventChange.Snapshot before = EventChange.Snapshot.of(event);

        event.revise(new EventDetails(details.kind(), new Texts("新しい題", "New title"), details.summary(),
                details.programme(), details.venue(), details.startsAt(), details.endsAt(), details.timeZone(),
                details.sessions(), details.registrationOpensAt(), details.registrationClosesAt(),
                details.audience(), details.contact(), details.approvalRequired()));
        assertThat(before.changesTo(EventChange.Snapshot.of(event))).isEmpty();

        event.revise(new EventDetails(details.kind(), details.title(), details.summary(), details.programme(),
                new Venue(new Texts("静岡会場", "Shizuoka hall"), details.venue().address(), details.venue().region(),
                        Optional.of("https://meet.example/new")),
                details.startsAt().plusSeconds(3600), details.endsAt().plusSeconds(3600), details.timeZone(),
                details.sessions(), details.registrationOpensAt(), details.registrationClosesAt(),
                details.audience(), details.contact(), details.approvalRequired()));
        assertThat(before.changesTo(EventChange.Snapshot.of(event)))
                .containsExactly(EventChange.TIME, EventChange.VENUE, EventChange.ONLINE_LINK);
    }
}
