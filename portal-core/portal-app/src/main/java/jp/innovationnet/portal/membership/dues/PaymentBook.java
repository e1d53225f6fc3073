package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalCaller;

/** The secretariat records the payments members make against their invoices. */
@ApplicationScoped
public class PaymentBook {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DuesCalendar calendar;

    @Inject
    DuesAudit audit;

    /**
     * Records a payment, partial or in full; the invoice becomes partially paid or paid.
     *
     * @param number    the invoice's number
     * @param paidOn    the day the money arrived; not in the future
     * @param amount    yen, from 1 to the invoice's balance (an overpayment is refused)
     * @param method    how it was paid
     * @param reference the bank's reference or a note; may be null
     * @param actor     who records it
     * @return the payment
     * @throws DuesRuleException naming {@code amount} or {@code paidOn} when they are wrong; when there is no such
     *                           invoice, or it is voided or paid
     */
    @Transactional
    public Payment record(String number, LocalDate paidOn, long amount, PaymentMethod method, String reference,
                          PortalCaller actor) {
        if (paidOn.isAfter(calendar.today())) {
            throw DuesRuleException.invalid("paidOn", "not in the future", "入金日に未来の日付は指定できません");
        }
        Invoice invoice = DuesLedger.lockedInvoice(em, number);
        if (!invoice.getStatus().open()) {
            throw DuesRuleException.conflict(null, "invoice " + number + " is " + invoice.getStatus().labelEn()
                    .toLowerCase(java.util.Locale.ROOT) + ": it takes no payment", "請求書 " + number + " は"
                    + invoice.getStatus().labelJa() + "のため入金を記録できません");
        }
        if (amount <= 0 || amount > invoice.balance()) {
            throw DuesRuleException.invalid("amount", "yen from 1 to the balance of " + invoice.balance()
                    + " (an overpayment is refused)", "1円から未入金残高" + invoice.balance()
                    + "円までの金額を指定してください（過入金は記録できません）");
        }
        InvoiceStatus before = invoice.getStatus();
        long paidBefore = invoice.getPaidAmount();
        invoice.pay(amount);
        Payment payment = new Payment(invoice, paidOn, amount, method, reference, actor.username());
        em.persist(payment);
        audit.record(actor, "dues-invoice.payment-recorded", DuesAudit.INVOICE, number, Json.createObjectBuilder()
                .add("status", DuesAudit.change(before.code(), invoice.getStatus().code()))
                .add("paid", DuesAudit.change(paidBefore, invoice.getPaidAmount()))
                .add("payment", Json.createObjectBuilder().add("paidOn", paidOn.toString()).add("amount", amount)
                        .add("method", method.code()).add("reference", reference == null ? "" : reference)));
        return payment;
    }
}
