package jp.innovationnet.portal.plugins.events.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * The reminder the day before, a scheduled task: every {@link #PERIOD} it reminds the confirmed registrants of
 * events (published or closed to registration) that start within the next {@link #AHEAD} and records when
 * ({@code reminded_at}, for the organisers). The mail is sent once ever per registration, so a run that fails
 * after sending, or a restart, never sends it twice.
 */
public final class Reminders implements ScheduledTask {

    /** How often the task looks for events starting soon. */
    public static final Duration PERIOD = Duration.ofMinutes(10);
    /** How far ahead an event's registrants are reminded. */
    static final Duration AHEAD = Duration.ofHours(24);
    private static final int BATCH = 500;

    private final Notices notices;

    /** @param notices sends the reminders */
    public Reminders(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void run(EntityManager em) {
        Instant now = Instant.now();
        List<Object[]> due = em.createQuery("select e, r from Event e, Registration r where r.eventId = e.id"
                        + " and e.status in :running and e.startsAt > :now and e.startsAt <= :soon"
                        + " and r.status = :confirmed and r.remindedAt is null order by e.startsAt, r.ticket",
                        Object[].class)
                .setParameter("running", List.of(EventStatus.PUBLISHED, EventStatus.CLOSED))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("soon", now.plus(AHEAD).atOffset(ZoneOffset.UTC))
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : due) {
            Registration registration = (Registration) row[1];
            notices.remind((Event) row[0], registration);
            registration.reminded(now);
        }
    }
}
