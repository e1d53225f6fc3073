package jp.innovationnet.portal.plugins.events.activity;

import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.registration.Registrant;

/**
 * Tells the activity log what people did at events: the person who created an event organised it once it is published
 * (the report goes when it is cancelled), and a portal user checked in at a coordinator training attended it.
 */
public final class EventActivity {

    private final ActivityLog log;

    /** @param log the portal's activity log */
    public EventActivity(ActivityLog log) {
        this.log = log;
    }

    /**
     * Reports the event as organised while it is published or closed, and withdraws it otherwise (a draft, a
     * cancelled event). Called after every change of an event.
     *
     * @param event the event as it is now
     */
    public void changed(Event event) {
        String key = "event-" + event.id() + ":organised";
        if (event.status() == EventStatus.PUBLISHED || event.status() == EventStatus.CLOSED) {
            log.report(report(key, event.createdBy(), ActivityKind.EVENT_ORGANISED, event));
        } else {
            log.withdraw(key);
        }
    }

    /**
     * @param event      the event
     * @param registrant who just checked in
     */
    public void checkedIn(Event event, Registrant registrant) {
        if (event.kind() != EventKind.COORDINATOR_TRAINING) {
            return;
        }
        registrant.userId().ifPresent(userId -> log.report(
                report("event-" + event.id() + ":attended:" + userId, userId, ActivityKind.TRAINING_ATTENDED,
                        event)));
    }

    private static ActivityReport report(String key, String personId, ActivityKind kind, Event event) {
        Optional<Region> region = event.venue().region().flatMap(code -> Coded.byCode(Region.values(), code));
        return new ActivityReport(key, personId, kind, event.startsAt(), region, Set.of(), Set.of(),
                event.title().ja(), event.title().en(), Optional.of("/p/events/events?id=" + event.id()));
    }
}
