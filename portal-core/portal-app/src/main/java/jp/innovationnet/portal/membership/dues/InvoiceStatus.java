package jp.innovationnet.portal.membership.dues;

import jp.innovationnet.portal.membership.organization.Coded;

/** Where an invoice stands. An issued invoice is never edited: it is paid, or voided and issued anew. */
public enum InvoiceStatus implements Coded {
    /** Issued, nothing paid yet. */
    ISSUED,
    /** Some of it paid. */
    PARTIALLY_PAID,
    /** Paid in full. */
    PAID,
    /** Voided, with a reason; it keeps its number and no longer counts. */
    VOIDED;

    /** @return whether something remains to be paid */
    public boolean open() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
