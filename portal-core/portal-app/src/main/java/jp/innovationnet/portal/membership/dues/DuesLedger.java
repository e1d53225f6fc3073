package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Reads invoices and payments. Who may see which is decided by the caller of these methods. */
@ApplicationScoped
public class DuesLedger {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Which invoices to list; every criterion is optional.
     *
     * @param fiscalYear     only this year's
     * @param organizationId only this organization's
     * @param status         only those in this status
     */
    public record Filter(Optional<FiscalYear> fiscalYear, Optional<String> organizationId,
                         Optional<InvoiceStatus> status) {
    }

    /** @param number an invoice number @return the invoice */
    public Optional<Invoice> find(String number) {
        return em.createQuery("select i from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    /** @param filter which @return the invoices, newest year first, then by number */
    public List<Invoice> list(Filter filter) {
        StringBuilder jpql = new StringBuilder("select i from Invoice i where 1 = 1");
        filter.fiscalYear().ifPresent(y -> jpql.append(" and i.fiscalYear = :year"));
        filter.organizationId().ifPresent(o -> jpql.append(" and i.organizationId = :org"));
        jpql.append(" order by i.fiscalYear desc, i.number");
        TypedQuery<Invoice> query = em.createQuery(jpql.toString(), Invoice.class);
        filter.fiscalYear().ifPresent(y -> query.setParameter("year", y));
        filter.organizationId().ifPresent(o -> query.setParameter("org", o));
        // the status is compared here, not in the query: EclipseLink binds enum parameters by ordinal
        return query.getResultStream().filter(i -> filter.status().map(s -> i.getStatus() == s).orElse(true)).toList();
    }

    /** @param year a fiscal year @return its invoices by number */
    public List<Invoice> ofYear(FiscalYear year) {
        return list(new Filter(Optional.of(year), Optional.empty(), Optional.empty()));
    }

    /** @param invoice an invoice @return the payments recorded against it, oldest first */
    public List<Payment> payments(Invoice invoice) {
        return em.createQuery("select p from Payment p where p.invoiceId = :id order by p.paidOn, p.id",
                Payment.class).setParameter("id", invoice.getId()).getResultList();
    }

    /**
     * @param year a fiscal year
     * @return the payments against its invoices, by date
     */
    public List<Payment> paymentsOfYear(FiscalYear year) {
        return em.createQuery("select p from Payment p, Invoice i where p.invoiceId = i.id and i.fiscalYear = :year"
                + " order by p.paidOn, p.id", Payment.class).setParameter("year", year).getResultList();
    }

    /**
     * @param today today's date in Japan
     * @return the invoices unpaid after their due date, oldest due first
     */
    public List<Invoice> overdue(LocalDate today) {
        // open = not voided (open_for is set) and not paid in full
        return em.createQuery("select i from Invoice i where i.openFor is not null and i.paidAmount < i.totalAmount"
                + " and i.dueDate < :today order by i.dueDate, i.number", Invoice.class)
                .setParameter("today", today).getResultList();
    }

    /**
     * @param em     the caller's entity manager, in a transaction
     * @param number an invoice number
     * @return the invoice, locked for writing until the transaction ends
     * @throws DuesRuleException if there is no such invoice
     */
    static Invoice lockedInvoice(EntityManager em, String number) {
        return em.createQuery("select i from Invoice i where i.number = :n", Invoice.class)
                .setParameter("n", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> DuesRuleException.notFound("invoice " + number, "請求書 " + number));
    }
}
