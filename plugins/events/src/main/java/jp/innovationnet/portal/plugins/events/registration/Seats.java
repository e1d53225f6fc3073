package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The seats of one event: its capacity, how many are confirmed, and the next ticket of the queue. Whoever changes
 * registrations holds this row's lock ({@link RegistrationDesk}), so the count is exact; the table's CHECK
 * constraint refuses any count above capacity, whoever writes it.
 */
@Entity
@Table(name = "events_seats")
public class Seats {

    @Id
    @Column(name = "event_id")
    private long eventId;

    /** Null: no limit. */
    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "confirmed", nullable = false)
    private int confirmed;

    @Column(name = "next_ticket", nullable = false)
    private long nextTicket = 1;

    protected Seats() {
    }

    /** @param eventId the event @param capacity its capacity; null for no limit */
    public Seats(long eventId, Integer capacity) {
        this.eventId = eventId;
        this.capacity = capacity;
    }

    /**
     * Takes a registration: pending when the organisers approve registrations (no seat yet), else a seat if one
     * is free, else a place at the end of the waiting list.
     *
     * @param registrant       who registers
     * @param answers          their answers, as stored
     * @param approvalRequired whether the organisers approve registrations
     * @param now              the time
     * @return the new registration, to persist
     */
    public Registration admit(Registrant registrant, Map<String, String> answers, boolean approvalRequired,
                              Instant now) {
        RegistrationStatus status = approvalRequired ? RegistrationStatus.PENDING : seatOrQueue();
        return new Registration(eventId, registrant, answers, status, nextTicket++, now);
    }

    /**
     * Approves a pending registration: a seat if one is free, else a place at the end of the waiting list (a new
     * ticket, so that nobody who waits already is overtaken).
     *
     * @param registration a registration of this event
     * @param now          the time
     * @throws RegistrationStateException if it is not pending
     */
    public void approve(Registration registration, Instant now) {
        requirePending(registration);
        RegistrationStatus status = seatOrQueue();
        registration.requeue(nextTicket++);
        registration.moveTo(status, now);
    }

    /**
     * Declines a pending registration.
     *
     * @param registration a registration of this event
     * @param now          the time
     * @throws RegistrationStateException if it is not pending
     */
    public void decline(Registration registration, Instant now) {
        requirePending(registration);
        registration.moveTo(RegistrationStatus.DECLINED, now);
    }

    private static void requirePending(Registration registration) {
        if (registration.status() != RegistrationStatus.PENDING) {
            throw new RegistrationStateException(registration.status());
        }
    }

    /** @return confirmed, taking a seat, if one is free; else waiting */
    private RegistrationStatus seatOrQueue() {
        if (hasRoom()) {
            confirmed++;
            return RegistrationStatus.CONFIRMED;
        }
        return RegistrationStatus.WAITING;
    }

    /**
     * Ends a registration (cancelled or not attending), freeing its seat if it had one (a pending one has none).
     *
     * @param registration an active registration of this event
     * @param target       {@link RegistrationStatus#CANCELLED} or {@link RegistrationStatus#NOT_ATTENDING}
     * @param now          the time
     */
    public void release(Registration registration, RegistrationStatus target, Instant now) {
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            confirmed--;
        }
        registration.moveTo(target, now);
    }

    /**
     * Gives free seats to the waiting list, first come first served.
     *
     * @param waitingInOrder the waiting registrations, by ticket
     * @param now            the time
     * @return those confirmed now
     */
    public List<Registration> promote(List<Registration> waitingInOrder, Instant now) {
        List<Registration> promoted = new ArrayList<>();
        for (Registration waiting : waitingInOrder) {
            if (!hasRoom()) {
                break;
            }
            confirmed++;
            waiting.moveTo(RegistrationStatus.CONFIRMED, now);
            promoted.add(waiting);
        }
        return promoted;
    }

    /**
     * @param newCapacity the new capacity; null for no limit
     * @throws CapacityBelowConfirmedException if more people are confirmed already
     */
    public void resize(Integer newCapacity) {
        if (newCapacity != null && newCapacity < confirmed) {
            throw new CapacityBelowConfirmedException(newCapacity, confirmed);
        }
        capacity = newCapacity;
    }

    /** @return whether a seat is free */
    public boolean hasRoom() {
        return capacity == null || confirmed < capacity;
    }

    /** @return the event */
    public long eventId() {
        return eventId;
    }

    /** @return the capacity; null for no limit */
    public Integer capacity() {
        return capacity;
    }

    /** @return how many are confirmed */
    public int confirmed() {
        return confirmed;
    }
}
