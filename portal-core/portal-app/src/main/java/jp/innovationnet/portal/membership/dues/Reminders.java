package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.mail.MailOutbox;
import jp.innovationnet.portal.membership.organization.Contact;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.Region;

/**
 * Reminds members of overdue invoices by e-mail to their primary contact, with the invoice attached. A run reminds
 * each overdue invoice at most once a day: a second run the same day sends nothing. The mails are queued in the
 * run's transaction (sent once it commits) together with the record of the reminder and its audit entry.
 */
@ApplicationScoped
public class Reminders {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DuesLedger ledger;

    @Inject
    DuesCalendar calendar;

    @Inject
    InvoicePdf pdf;

    @Inject
    MailOutbox outbox;

    @Inject
    DuesAudit audit;

    /**
     * One invoice a run reminded, or could not.
     *
     * @param number the invoice's number
     * @param to     the address reminded, if any
     * @param reason why it was not reminded, if it was not (e.g. no primary contact)
     */
    public record Outcome(String number, Optional<String> to, Optional<String> reason) {
    }

    /**
     * What one run did.
     *
     * @param sent             the invoices reminded
     * @param alreadyToday     how many overdue invoices had been reminded today already
     * @param withoutContact   overdue invoices of organizations without a primary contact (nobody to remind)
     */
    public record Run(List<Outcome> sent, int alreadyToday, List<Outcome> withoutContact) {
    }

    /**
     * @param actor who runs the reminders
     * @return what was sent
     */
    @Transactional
    public Run remindOverdue(PortalCaller actor) {
        LocalDate today = calendar.today();
        List<Outcome> sent = new ArrayList<>();
        List<Outcome> withoutContact = new ArrayList<>();
        int already = 0;
        for (Invoice overdue : ledger.overdue(today)) {
            Invoice invoice = em.find(Invoice.class, overdue.getId(), LockModeType.PESSIMISTIC_WRITE);
            if (!invoice.overdueOn(today)) {
                continue;
            }
            if (invoice.remindedOn(today)) {
                already++;
                continue;
            }
            Organization organization = em.find(Organization.class, invoice.getOrganizationId());
            Optional<Contact> contact = organization.profile().contacts().stream().filter(Contact::primary)
                    .findFirst();
            if (contact.isEmpty()) {
                withoutContact.add(new Outcome(invoice.getNumber(), Optional.empty(),
                        Optional.of("no primary contact")));
                continue;
            }
            String to = contact.get().email();
            outbox.enqueue(ReminderMail.of(invoice, to, abroad(organization), pdf.render(invoice)));
            LocalDate before = invoice.getLastRemindedOn();
            invoice.reminded(today);
            audit.record(actor, "dues-invoice.reminder-sent", DuesAudit.INVOICE, invoice.getNumber(),
                    Json.createObjectBuilder().add("lastRemindedOn", DuesAudit.change(before, today))
                            .add("to", to).add("balance", invoice.balance()));
            sent.add(new Outcome(invoice.getNumber(), Optional.of(to), Optional.empty()));
        }
        return new Run(sent, already, withoutContact);
    }

    private static boolean abroad(Organization organization) {
        return organization.getKind() == OrganizationKind.OVERSEAS_PARTNER
                || organization.getRegion() == Region.OVERSEAS;
    }
}
