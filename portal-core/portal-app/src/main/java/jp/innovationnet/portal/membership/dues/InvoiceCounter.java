package jp.innovationnet.portal.membership.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last invoice number given in a fiscal year; read under a write lock, so numbers are never given twice. */
@Entity
@Table(name = "dues_invoice_counter")
public class InvoiceCounter {

    @Id
    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "last_sequence", nullable = false)
    private int lastSequence;

    protected InvoiceCounter() {
    }

    /** @param fiscalYear a fiscal year without invoices yet */
    public InvoiceCounter(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear.startYear();
    }

    /** @return the next number of the year, now taken */
    public InvoiceNumber take() {
        lastSequence++;
        return new InvoiceNumber(new FiscalYear(fiscalYear), lastSequence);
    }
}
