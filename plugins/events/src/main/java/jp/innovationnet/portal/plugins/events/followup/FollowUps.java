package jp.innovationnet.portal.plugins.events.followup;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.events.registration.Registration;

/** The follow-up forms, in the request's (or the scheduled task's) transaction. */
public final class FollowUps {

    private final EntityManager em;

    /** @param em the transaction's entity manager */
    public FollowUps(EntityManager em) {
        this.em = em;
    }

    /**
     * @param registrationId a registration
     * @return its follow-up form, if it was made
     */
    public Optional<FollowUp> of(long registrationId) {
        return em.createQuery("select f from FollowUp f where f.registrationId = :registration", FollowUp.class)
                .setParameter("registration", registrationId).getResultStream().findFirst();
    }

    /**
     * @param token a token from an address
     * @return the follow-up form it keys
     */
    public Optional<FollowUp> byToken(String token) {
        return em.createQuery("select f from FollowUp f where f.token = :token", FollowUp.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /**
     * The registration's form, made now (with a new token) if it was not. The registration's row is locked first,
     * so that two answers at once make one form.
     *
     * @param registration a registration
     * @param now          the time
     * @return its form
     */
    public FollowUp openFor(Registration registration, Instant now) {
        em.lock(registration, LockModeType.PESSIMISTIC_WRITE);
        return of(registration.id()).orElseGet(() -> make(registration, now));
    }

    /**
     * @param registration a registration without a form
     * @param now          the time
     * @return its new form, with a new token
     */
    FollowUp make(Registration registration, Instant now) {
        FollowUp followUp = new FollowUp(registration.id(), registration.eventId(), SecretTokens.generate(), now);
        em.persist(followUp);
        return followUp;
    }
}
