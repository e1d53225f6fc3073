package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * Registrations of events, in the request's transaction. Every change first locks the event's {@link Seats} row
 * ({@code SELECT ... FOR UPDATE} on PostgreSQL and H2 alike), so registrations for one event take turns: the
 * seat count is exact, tickets follow the order in which registrations got the lock, and nobody is promoted
 * twice. Reads under the lock bypass EclipseLink's shared cache, which learns of other transactions' commits only
 * after their locks are gone.
 */
public final class RegistrationDesk {

    /** EclipseLink's hint to build results from the rows read, not from its shared cache. */
    private static final String REFRESH = "eclipselink.refresh";

    private final EntityManager em;

    /** @param em the request's entity manager */
    public RegistrationDesk(EntityManager em) {
        this.em = em;
    }

    /**
     * @param eventId  a new event
     * @param capacity its capacity; null for no limit
     */
    public void open(long eventId, Integer capacity) {
        em.persist(new Seats(eventId, capacity));
    }

    /**
     * Registers someone: pending when the organisers approve registrations, else confirmed while seats are free,
     * else at the end of the waiting list. Someone who is registered already keeps their registration.
     *
     * @param eventId          the event, which takes registrations (the caller checked)
     * @param registrant       who registers
     * @param answers          their answers, as stored
     * @param approvalRequired whether the organisers approve registrations
     * @return the registration, timed when it got the lock (so that times follow tickets)
     */
    public Registration register(long eventId, Registrant registrant, Map<String, String> answers,
                                 boolean approvalRequired) {
        Seats seats = locked(eventId);
        return activeOf(eventId, registrant).orElseGet(() -> admit(seats, registrant, answers, approvalRequired));
    }

    /**
     * Registers someone who must not be registered already under their e-mail address, with or without an
     * account (a registration through the public form).
     *
     * @param eventId          the event, which takes registrations (the caller checked)
     * @param registrant       who registers
     * @param answers          their answers, as stored
     * @param approvalRequired whether the organisers approve registrations
     * @return the new registration
     * @throws AlreadyRegisteredException if an active registration of the event has their e-mail address
     */
    public Registration registerNew(long eventId, Registrant registrant, Map<String, String> answers,
                                    boolean approvalRequired) {
        Seats seats = locked(eventId);
        em.createQuery("select r from Registration r where r.eventId = :event and lower(r.email) = :email",
                        Registration.class)
                .setParameter("event", eventId).setParameter("email", registrant.email().toLowerCase(Locale.ROOT))
                .setHint(REFRESH, true).getResultStream().filter(r -> r.status().active()).findFirst()
                .ifPresent(existing -> {
                    throw new AlreadyRegisteredException(existing);
                });
        return admit(seats, registrant, answers, approvalRequired);
    }

    private Registration admit(Seats seats, Registrant registrant, Map<String, String> answers,
                               boolean approvalRequired) {
        Registration registration = seats.admit(registrant, answers, approvalRequired, Instant.now());
        em.persist(registration);
        em.flush();
        return registration;
    }

    /**
     * The organisers' decision on a pending registration: approved, it takes a seat or the last place in the
     * waiting list; declined, it ends.
     *
     * @param eventId        the event
     * @param registrationId the registration
     * @param approve        whether to approve (else decline)
     * @return the registration, or empty if the event has no such registration
     * @throws RegistrationStateException if it is not pending
     */
    public Optional<Registration> decide(long eventId, long registrationId, boolean approve) {
        Seats seats = locked(eventId);
        Optional<Registration> found = byId(eventId, registrationId);
        found.ifPresent(registration -> {
            if (approve) {
                seats.approve(registration, Instant.now());
            } else {
                seats.decline(registration, Instant.now());
            }
        });
        em.flush();
        return found;
    }

    /**
     * Cancels the registration a private token opens (its registrant's own decision) and gives its seat to the
     * first in the waiting list. A registration that has ended already stays as it is.
     *
     * @param privateToken the registration's private token
     * @return the registration, or empty if no registration has that token
     */
    public Optional<Registration> cancelByToken(String privateToken) {
        Optional<Registration> found = byPrivateToken(privateToken);
        if (found.isEmpty()) {
            return found;
        }
        Seats seats = locked(found.get().eventId());
        return release(seats, byPrivateToken(privateToken).filter(r -> r.status().active()),
                RegistrationStatus.CANCELLED).or(() -> found);
    }

    /**
     * @param privateToken a registration's private token
     * @return the registration it opens
     */
    public Optional<Registration> byPrivateToken(String privateToken) {
        return em.createQuery("select r from Registration r where r.privateToken = :token", Registration.class)
                .setParameter("token", privateToken).setHint(REFRESH, true).getResultStream().findFirst();
    }

    /**
     * @param eventId     the event
     * @param checkInCode a registration's check-in code
     * @return that registration, locked until the transaction ends, if it is one of the event's
     */
    public Optional<Registration> forCheckIn(long eventId, String checkInCode) {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.checkInCode = :code",
                        Registration.class)
                .setParameter("event", eventId).setParameter("code", checkInCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true).getResultStream().findFirst();
    }

    /**
     * @param eventId        the event
     * @param registrationId a registration
     * @return that registration, locked until the transaction ends, if it is one of the event's
     */
    public Optional<Registration> forCheckIn(long eventId, long registrationId) {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.id = :id",
                        Registration.class)
                .setParameter("event", eventId).setParameter("id", registrationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true).getResultStream().findFirst();
    }

    /**
     * @param eventId the event
     * @return the ids of its questions that some registration answered
     */
    public Set<String> answeredQuestions(long eventId) {
        List<?> keys = em.createNativeQuery("select distinct a.question_key from events_answer a"
                        + " join events_registration r on r.id = a.registration_id where r.event_id = ?1")
                .setParameter(1, eventId).getResultList();
        return keys.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /**
     * Ends someone's active registration and gives its seat to the first in the waiting list.
     *
     * @param eventId    the event
     * @param registrant whose registration
     * @param target     {@link RegistrationStatus#CANCELLED} or {@link RegistrationStatus#NOT_ATTENDING}
     * @return the registration ended, or empty if they had no active one
     */
    public Optional<Registration> endFor(long eventId, Registrant registrant, RegistrationStatus target) {
        Seats seats = locked(eventId);
        return release(seats, activeOf(eventId, registrant), target);
    }

    /**
     * Ends a registration (an organiser's decision) and gives its seat to the first in the waiting list.
     *
     * @param eventId        the event
     * @param registrationId the registration
     * @return the registration cancelled, or empty if the event has no such active registration
     */
    public Optional<Registration> cancelById(long eventId, long registrationId) {
        Seats seats = locked(eventId);
        return release(seats, byId(eventId, registrationId).filter(r -> r.status().active()),
                RegistrationStatus.CANCELLED);
    }

    private Optional<Registration> release(Seats seats, Optional<Registration> found, RegistrationStatus target) {
        Instant now = Instant.now();
        found.ifPresent(registration -> {
            seats.release(registration, target, now);
            seats.promote(waiting(seats.eventId()), now);
        });
        return found;
    }

    /**
     * Changes an event's capacity; a larger one promotes the waiting list.
     *
     * @param eventId  the event
     * @param capacity the new capacity; null for no limit
     * @throws CapacityBelowConfirmedException if more people are confirmed already
     */
    public void resize(long eventId, Integer capacity) {
        Seats seats = locked(eventId);
        seats.resize(capacity);
        seats.promote(waiting(eventId), Instant.now());
    }

    /**
     * @param eventId    the event
     * @param registrant a person: a portal user by id, anybody else by e-mail address
     * @return their pending, confirmed or waiting registration
     */
    public Optional<Registration> activeOf(long eventId, Registrant registrant) {
        TypedQuery<Registration> query = registrant.userId()
                .map(user -> em.createQuery("select r from Registration r where r.eventId = :event"
                        + " and r.userId = :who order by r.ticket desc", Registration.class).setParameter("who", user))
                .orElseGet(() -> em.createQuery("select r from Registration r where r.eventId = :event"
                                + " and r.userId is null and lower(r.email) = :who order by r.ticket desc", Registration.class)
                        .setParameter("who", registrant.email().toLowerCase(Locale.ROOT)));
        return query.setParameter("event", eventId).setHint(REFRESH, true).getResultStream()
                .filter(r -> r.status().active()).findFirst();
    }

    /**
     * @param eventId the event
     * @param userId  a portal user
     * @return their latest registration, whatever its status
     */
    public Optional<Registration> latestOf(long eventId, String userId) {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.userId = :who"
                        + " order by r.ticket desc", Registration.class)
                .setParameter("event", eventId).setParameter("who", userId).setHint(REFRESH, true)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * @param eventId        the event
     * @param registrationId a registration
     * @return that registration, if it is one of the event's
     */
    public Optional<Registration> byId(long eventId, long registrationId) {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.id = :id",
                        Registration.class)
                .setParameter("event", eventId).setParameter("id", registrationId).setHint(REFRESH, true)
                .getResultStream().findFirst();
    }

    /**
     * @param eventId the event
     * @return all its registrations, in the order they came
     */
    public List<Registration> all(long eventId) {
        return em.createQuery("select r from Registration r where r.eventId = :event order by r.ticket",
                Registration.class).setParameter("event", eventId).setHint(REFRESH, true).getResultList();
    }

    /**
     * @param userId a portal user
     * @return the events they ever registered for, whatever became of the registrations
     */
    public Set<Long> eventsOf(String userId) {
        return Set.copyOf(em.createQuery("select distinct r.eventId from Registration r where r.userId = :who",
                Long.class).setParameter("who", userId).getResultList());
    }

    /**
     * @param registration a waiting registration
     * @return its place in the waiting list, from 1
     */
    public long waitingPosition(Registration registration) {
        return 1 + em.createQuery("select count(r) from Registration r where r.eventId = :event"
                        + " and r.status = :waiting and r.ticket < :ticket", Long.class)
                .setParameter("event", registration.eventId()).setParameter("waiting", RegistrationStatus.WAITING)
                .setParameter("ticket", registration.ticket()).getSingleResult();
    }

    /**
     * @param eventIds events
     * @return how full each is
     */
    public Map<Long, Occupancy> occupancy(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> waiting = em.createQuery("select r.eventId, count(r) from Registration r"
                        + " where r.eventId in :events and r.status = :waiting group by r.eventId", Object[].class)
                .setParameter("events", eventIds).setParameter("waiting", RegistrationStatus.WAITING)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("select s from Seats s where s.eventId in :events", Seats.class)
                .setParameter("events", eventIds).setHint(REFRESH, true).getResultStream()
                .collect(Collectors.toMap(Seats::eventId, s -> new Occupancy(Optional.ofNullable(s.capacity()),
                        s.confirmed(), waiting.getOrDefault(s.eventId(), 0L))));
    }

    private List<Registration> waiting(long eventId) {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.status = :waiting"
                        + " order by r.ticket", Registration.class)
                .setParameter("event", eventId).setParameter("waiting", RegistrationStatus.WAITING)
                .setHint(REFRESH, true).getResultList();
    }

    private Seats locked(long eventId) {
        return em.createQuery("select s from Seats s where s.eventId = :event", Seats.class)
                .setParameter("event", eventId).setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, true)
                .getSingleResult();
    }
}
