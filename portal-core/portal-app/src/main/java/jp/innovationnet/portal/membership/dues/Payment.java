package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payment received against an invoice, as the secretariat recorded it. Immutable. */
@Entity
@Table(name = "dues_payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(updatable = false)
    private String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Payment() {
    }

    /**
     * @param invoice    the invoice paid
     * @param paidOn     the day the money arrived
     * @param amount     yen
     * @param method     how
     * @param reference  the bank's reference or a note; may be null
     * @param recordedBy who recorded it
     */
    public Payment(Invoice invoice, LocalDate paidOn, long amount, PaymentMethod method, String reference,
                   String recordedBy) {
        this.invoiceId = invoice.getId();
        this.paidOn = paidOn;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public long getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
