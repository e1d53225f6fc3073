package jp.innovationnet.portal.plugins.events.notice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.event.CoreEventListener;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * When a member organization leaves the network, the registrations its people made for events that have not
 * started yet are cancelled (their seats go to the waiting lists) and the registrants are told; past events keep
 * their registrations as a record.
 */
public final class Withdrawals implements CoreEventListener {

    private final Notices notices;

    /** @param notices tells the registrants */
    public Withdrawals(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void onEvent(CoreEvent event, EntityManager em) {
        if (event.type() != CoreEvent.Type.ORGANIZATION_WITHDRAWN) {
            return;
        }
        List<Object[]> open = em.createQuery("select e, r from Event e, Registration r where r.eventId = e.id"
                        + " and r.organizationId = :organization and r.status in :open and e.startsAt > :now"
                        + " order by e.id, r.ticket", Object[].class)
                .setParameter("organization", event.organizationId())
                .setParameter("open", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))
                .setParameter("now", Instant.now().atOffset(ZoneOffset.UTC)).getResultList();
        for (Object[] row : open) {
            Event upcoming = (Event) row[0];
            RegistrationDesk desk = new RegistrationDesk(em);
            desk.cancelById(upcoming.id(), ((Registration) row[1]).id()).ifPresent(cancelled -> {
                notices.withdrawn(upcoming, cancelled);
                notices.after(upcoming, desk);
            });
        }
    }
}
