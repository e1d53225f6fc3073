package jp.innovationnet.portal.plugins.events.activity;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.testkit.TestActivityLog;
import jp.innovationnet.portal.plugin.testkit.TestPluginContext;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventDetails;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.Events;
import jp.innovationnet.portal.plugins.events.registration.Registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EventActivityTest {

    private final TestActivityLog log = new TestPluginContext("events").activities();
    private final EventActivity activity = new EventActivity(log);

    @Test
    void anEventCountsForItsCreatorOnceItIsPublishedAndNoLongerOnceItIsCancelled() throws Exception {
        Event event = event(EventKind.SEMINAR);
        activity.changed(event);
        assertThat(log.all()).isEmpty();

        event.publish();
        activity.changed(event);
        assertThat(log.all()).singleElement().extracting(Activity::report).satisfies(report -> {
            assertThat(report.personId()).isEqualTo("user-1");
            assertThat(report.kind()).isEqualTo(ActivityKind.EVENT_ORGANISED);
            assertThat(report.region()).contains(Region.CHUBU);
            assertThat(report.titleJa()).isEqualTo("産学連携セミナー");
            assertThat(report.path()).contains("/p/events/events?id=12");
        });

        event.cancel();
        activity.changed(event);
        assertThat(log.all()).isEmpty();
    }

    @Test
    void aPortalUserCheckedInAtACoordinatorTrainingAttendedItOthersAndOtherEventsDoNotCount() throws Exception {
        Event training = event(EventKind.COORDINATOR_TRAINING);
        activity.checkedIn(training, registrant(Optional.of("coordinator-7")));
        activity.checkedIn(training, registrant(Optional.empty()));
        activity.checkedIn(event(EventKind.SEMINAR), registrant(Optional.of("coordinator-8")));

        assertThat(log.all()).extracting(Activity::report).extracting(ActivityReport::personId, ActivityReport::kind)
                .containsExactly(tuple("coordinator-7",
                        ActivityKind.TRAINING_ATTENDED));
        assertThat(log.of("coordinator-7", Set.of(ActivityKind.TRAINING_ATTENDED), 10)).hasSize(1);
    }

    private static Registrant registrant(Optional<String> userId) {
        return new Registrant(userId, "山田 花子", "hanako@example.jp", Locale.JAPANESE, Optional.of("tama"));
    }

    private static Event event(EventKind kind) throws ReflectiveOperationException {
        EventDetails seminar = Events.details(Events.audience(AudienceKind.ALL_MEMBERS));
        EventDetails details = new EventDetails(kind, seminar.title(), seminar.summary(), seminar.programme(),
                seminar.venue(), seminar.startsAt(), seminar.endsAt(), seminar.timeZone(), seminar.sessions(),
                seminar.registrationOpensAt(), seminar.registrationClosesAt(), seminar.audience(), seminar.contact(),
                seminar.approvalRequired());
        Event event = Event.draft("tama", details, "user-1", Events.START.minusSeconds(86_400));
        Field id = Event.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(event, 12L);
        return event;
    }
}
