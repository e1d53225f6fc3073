package jp.innovationnet.portal.plugins.events.followup;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * Invites the confirmed registrants of events that have ended to their follow-up form, once each. A run first mails
 * the forms made by earlier runs ({@link Mail#sendOnce} keyed {@code follow-up:<registrationId>}), then makes the
 * forms of newly ended events. The form, and so the token in the mail, is therefore committed before any mail
 * names it: a run interrupted after queuing a mail mails the same token again, which {@code sendOnce} drops.
 */
public final class FollowUpInvitations implements ScheduledTask {

    /** How often the task runs. */
    public static final Duration PERIOD = Duration.ofMinutes(1);
    private static final int BATCH = 500;

    private final Mail mail;
    private final Function<String, URI> portalUrl;

    /**
     * @param mail      the portal's outbox
     * @param portalUrl absolute addresses of portal paths
     */
    public FollowUpInvitations(Mail mail, Function<String, URI> portalUrl) {
        this.mail = mail;
        this.portalUrl = portalUrl;
    }

    @Override
    public void run(EntityManager em) {
        Instant now = Instant.now();
        mailMadeForms(em, now);
        makeForms(em, now);
    }

    private void mailMadeForms(EntityManager em, Instant now) {
        List<Object[]> rows = em.createQuery("select f, r, e from FollowUp f, Registration r, Event e"
                        + " where r.id = f.registrationId and e.id = f.eventId and f.invitedAt is null"
                        + " and f.answeredAt is null and r.status = :confirmed and e.endsAt > :since"
                        + " order by f.id", Object[].class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("since", utc(now.minus(FollowUpWindow.EDITABLE)))
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            FollowUp followUp = (FollowUp) row[0];
            Registration registration = (Registration) row[1];
            Event event = (Event) row[2];
            mail.sendOnce("follow-up:" + registration.id(),
                    InvitationMail.of(registration.registrant(), event, portalUrl.apply(formPath(registration,
                            followUp))));
            followUp.invited(now);
        }
    }

    private void makeForms(EntityManager em, Instant now) {
        FollowUps followUps = new FollowUps(em);
        em.createQuery("select r from Registration r, Event e where e.id = r.eventId and r.status = :confirmed"
                        + " and e.status in :held and e.endsAt <= :now and e.endsAt > :since"
                        + " and not exists (select f from FollowUp f where f.registrationId = r.id)"
                        + " order by r.id", Registration.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("held", List.of(EventStatus.PUBLISHED, EventStatus.CLOSED))
                .setParameter("now", utc(now))
                .setParameter("since", utc(now.minus(FollowUpWindow.EDITABLE)))
                .setMaxResults(BATCH).getResultList()
                .forEach(registration -> followUps.make(registration, now));
    }

    /**
     * @param registration a registration
     * @param followUp     its form
     * @return the portal path of the form: the event's page for registrants with an account (they log in), the
     *     token's page for the others
     */
    static String formPath(Registration registration, FollowUp followUp) {
        return registration.registrant().userId().isPresent()
                ? "/p/events/events?id=" + registration.eventId() + "&view=follow-up"
                : "/p/events/events?follow-up=" + followUp.token();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
