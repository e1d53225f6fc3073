package jp.innovationnet.portal.plugins.events.notice;

import java.util.List;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.notice.EventMails.Notice;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/**
 * Sends the registrants the mails {@link EventMails} writes. Mails go through the portal's outbox once the
 * request's transaction commits (nothing is sent for a change that is rolled back); the reminder is sent once
 * ever per registration. Registrants whose address is no e-mail address (an account without one) are skipped.
 */
public final class Notices {

    private final Mail mail;
    private final EventMails mails;

    /** @param context the plugin's context */
    public Notices(PluginContext context) {
        this(context.mail(), new EventMails(context::portalUrl, context.calendarFiles(), context.qrCodes()));
    }

    /**
     * @param mail  the outbox
     * @param mails writes the mails
     */
    Notices(Mail mail, EventMails mails) {
        this.mail = mail;
        this.mails = mails;
    }

    /**
     * Tells the registrants what a desk did for one event: each new (or approved) registration is confirmed, on the
     * waiting list or awaiting approval, and who moved up from the waiting list.
     *
     * @param event the event
     * @param desk  the desk that changed its registrations
     */
    public void after(Event event, RegistrationDesk desk) {
        for (Registration registration : desk.admitted()) {
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                send(registration, mails.notice(Notice.CONFIRMED, event, registration));
            } else if (registration.status() == RegistrationStatus.WAITING) {
                send(registration, mails.waitingPlace(event, registration, desk.waitingPosition(registration)));
            } else if (registration.status() == RegistrationStatus.PENDING) {
                send(registration, mails.notice(Notice.PENDING, event, registration));
            }
        }
        desk.promoted().forEach(registration -> send(registration, mails.notice(Notice.PROMOTED, event, registration)));
    }

    /**
     * @param event         a published event just edited
     * @param changes       what changed that registrants need to know; nothing is sent when empty
     * @param registrations its registrations; the open ones are told
     */
    public void changed(Event event, Set<EventChange> changes, List<Registration> registrations) {
        if (!changes.isEmpty()) {
            open(registrations).forEach(r -> send(r, mails.changed(event, r, changes)));
        }
    }

    /**
     * @param event         an event just cancelled
     * @param registrations its registrations; the open ones are told
     */
    public void cancelled(Event event, List<Registration> registrations) {
        open(registrations).forEach(r -> send(r, mails.notice(Notice.CANCELLED, event, r)));
    }

    /**
     * @param event         the event
     * @param message       the organisers' message
     * @param registrations its registrations
     * @return how many registrants it is sent to
     */
    public int message(Event event, OrganiserMessage message, List<Registration> registrations) {
        List<Registration> recipients = open(registrations).stream()
                .filter(r -> message.toAll() || r.status() == RegistrationStatus.CONFIRMED).toList();
        recipients.forEach(r -> send(r, mails.organiserMessage(event, r, message)));
        return recipients.size();
    }

    /**
     * @param event        the event
     * @param registration a registration the organisers declined
     */
    public void declined(Event event, Registration registration) {
        send(registration, mails.notice(Notice.DECLINED, event, registration));
    }

    /**
     * @param event        the event
     * @param registration a registration cancelled because the registrant's organization left the network
     */
    public void withdrawn(Event event, Registration registration) {
        send(registration, mails.notice(Notice.WITHDRAWN, event, registration));
    }

    /**
     * Sends the reminder the day before, once ever for the registration: a second call (after a restart, or by a
     * run that was interrupted before it recorded the first) sends nothing.
     *
     * @param event        an event starting soon
     * @param registration a confirmed registration
     */
    public void remind(Event event, Registration registration) {
        if (deliverable(registration)) {
            mail.sendOnce("reminder:" + registration.id(), mails.notice(Notice.REMINDER, event, registration));
        }
    }

    private void send(Registration registration, Mail.Email email) {
        if (deliverable(registration)) {
            mail.send(email);
        }
    }

    private static List<Registration> open(List<Registration> registrations) {
        return registrations.stream().filter(r -> r.status().active()).toList();
    }

    private static boolean deliverable(Registration registration) {
        return registration.registrant().email().contains("@");
    }
}
