package jp.innovationnet.portal.membership.dues;

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
 * The annual dues of one membership class for one fiscal year, as the secretariat set them: an amount in yen
 * (before tax, where tax applies) and how consumption tax applies. Invoices copy both when issued, so a later change
 * never alters an issued invoice.
 */
@Entity
@Table(name = "dues_schedule")
public class DuesSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private FiscalYear fiscalYear;

    @Column(name = "membership_class", nullable = false, updatable = false)
    private MembershipClass membershipClass;

    @Column(nullable = false)
    private long amount;

    @Column(name = "tax_treatment", nullable = false)
    private TaxTreatment taxTreatment;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected DuesSchedule() {
    }

    /**
     * @param fiscalYear      the fiscal year
     * @param membershipClass the class
     * @param amount          the annual dues in yen
     * @param taxTreatment    how tax applies
     * @param by              who set them
     */
    public DuesSchedule(FiscalYear fiscalYear, MembershipClass membershipClass, long amount,
                        TaxTreatment taxTreatment, String by) {
        this.fiscalYear = fiscalYear;
        this.membershipClass = membershipClass;
        change(amount, taxTreatment, by);
    }

    /**
     * @param nextAmount the annual dues in yen
     * @param nextTax    how tax applies
     * @param by         who changed them
     */
    public final void change(long nextAmount, TaxTreatment nextTax, String by) {
        this.amount = nextAmount;
        this.taxTreatment = nextTax;
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** @return the dues with their tax */
    public TaxedAmount dues() {
        return taxTreatment.apply(amount);
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public MembershipClass getMembershipClass() {
        return membershipClass;
    }

    public long getAmount() {
        return amount;
    }

    public TaxTreatment getTaxTreatment() {
        return taxTreatment;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
