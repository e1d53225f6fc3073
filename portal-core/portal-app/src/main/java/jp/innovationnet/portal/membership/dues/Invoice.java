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
import jakarta.persistence.Version;

import jp.innovationnet.portal.membership.organization.MembershipClass;

/**
 * An invoice for one organization's dues of one fiscal year. What it bills (recipient, class, amount, tax, dates)
 * is fixed when it is issued and never edited; only payments, reminders and voiding change it. An organization has
 * at most one invoice per fiscal year that is not voided (the database enforces it through {@code open_for}).
 */
@Entity
@Table(name = "dues_invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_number", nullable = false, updatable = false, unique = true)
    private String number;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private FiscalYear fiscalYear;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    /** The organization's id while this invoice counts as its invoice of the year; null once voided. */
    @Column(name = "open_for")
    private String openFor;

    @Column(name = "recipient_name_ja", nullable = false, updatable = false)
    private String recipientNameJa;

    @Column(name = "recipient_name_en", nullable = false, updatable = false)
    private String recipientNameEn;

    @Column(name = "membership_class", nullable = false, updatable = false)
    private MembershipClass membershipClass;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "net_amount", nullable = false, updatable = false)
    private long netAmount;

    @Column(name = "tax_treatment", nullable = false, updatable = false)
    private TaxTreatment taxTreatment;

    @Column(name = "tax_amount", nullable = false, updatable = false)
    private long taxAmount;

    @Column(name = "total_amount", nullable = false, updatable = false)
    private long totalAmount;

    @Column(name = "paid_amount", nullable = false)
    private long paidAmount;

    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "voided_at")
    private OffsetDateTime voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    @Column(name = "last_reminded_on")
    private LocalDate lastRemindedOn;

    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;

    @Version
    private long version;

    protected Invoice() {
    }

    /**
     * @param number      its number
     * @param recipient   whom it bills
     * @param dues        what it bills, with tax
     * @param issueDate   its date of issue
     * @param dueDate     when payment is due (not before the issue date)
     * @param issuedBy    who issued it
     */
    public Invoice(InvoiceNumber number, Recipient recipient, TaxedAmount dues, LocalDate issueDate,
                   LocalDate dueDate, String issuedBy) {
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("due " + dueDate + " before its issue on " + issueDate);
        }
        this.number = number.toString();
        this.fiscalYear = number.fiscalYear();
        this.organizationId = recipient.organizationId();
        this.openFor = recipient.organizationId();
        this.recipientNameJa = recipient.nameJa();
        this.recipientNameEn = recipient.nameEn();
        this.membershipClass = recipient.membershipClass();
        this.netAmount = dues.net();
        this.taxTreatment = dues.treatment();
        this.taxAmount = dues.tax();
        this.totalAmount = dues.total();
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.status = InvoiceStatus.ISSUED;
        this.issuedBy = issuedBy;
        this.issuedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Takes a payment.
     *
     * @param amount yen, positive and not more than the balance
     * @throws IllegalStateException    if the invoice is voided or paid
     * @throws IllegalArgumentException if the amount is not positive or more than the balance
     */
    public void pay(long amount) {
        if (!status.open()) {
            throw new IllegalStateException("invoice " + number + " is " + status.code() + ": it takes no payment");
        }
        if (amount <= 0 || amount > balance()) {
            throw new IllegalArgumentException("a payment from 1 to the balance of " + balance() + " yen");
        }
        paidAmount += amount;
        status = paidAmount == totalAmount ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }

    /**
     * Voids it: it keeps its number and stops counting; the organization may be invoiced again for the year.
     *
     * @param reason why
     * @param by     who voids it
     * @throws IllegalStateException if it is voided already or payments were recorded against it
     */
    public void voidFor(String reason, String by) {
        if (status == InvoiceStatus.VOIDED) {
            throw new IllegalStateException("invoice " + number + " is voided already");
        }
        if (paidAmount > 0) {
            throw new IllegalStateException("invoice " + number + " has payments of " + paidAmount
                    + " yen: refund them before voiding it");
        }
        status = InvoiceStatus.VOIDED;
        openFor = null;
        voidReason = reason;
        voidedBy = by;
        voidedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** @param today today's date in Japan @return whether it is unpaid after its due date */
    public boolean overdueOn(LocalDate today) {
        return status.open() && today.isAfter(dueDate);
    }

    /** @param today today's date in Japan @return whether a reminder went out for it today already */
    public boolean remindedOn(LocalDate today) {
        return today.equals(lastRemindedOn);
    }

    /** @param today today's date in Japan: a reminder went out */
    public void reminded(LocalDate today) {
        lastRemindedOn = today;
        reminderCount++;
    }

    /** @return what remains to be paid */
    public long balance() {
        return status == InvoiceStatus.VOIDED ? 0 : totalAmount - paidAmount;
    }

    /** @return what it bills, with tax */
    public TaxedAmount dues() {
        return new TaxedAmount(netAmount, taxTreatment, taxAmount, totalAmount);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getRecipientNameJa() {
        return recipientNameJa;
    }

    public String getRecipientNameEn() {
        return recipientNameEn;
    }

    public MembershipClass getMembershipClass() {
        return membershipClass;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public long getPaidAmount() {
        return paidAmount;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public LocalDate getLastRemindedOn() {
        return lastRemindedOn;
    }

    public int getReminderCount() {
        return reminderCount;
    }
}
