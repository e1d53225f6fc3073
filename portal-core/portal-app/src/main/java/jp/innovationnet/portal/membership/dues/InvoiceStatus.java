package jp.innovationnet.portal.membership.dues;

import jp.innovationnet.portal.membership.organization.Coded;

/** Where an invoice stands. An issued invoice is never edited: it is paid, or voided and issued anew. */
public enum InvoiceStatus implements Coded {
    /** Issued, nothing paid yet. */
    ISSUED("発行済", "Issued"),
    /** Some of it paid. */
    PARTIALLY_PAID("一部入金", "Partially paid"),
    /** Paid in full. */
    PAID("入金済", "Paid"),
    /** Voided, with a reason; it keeps its number and no longer counts. */
    VOIDED("取消", "Voided");

    private final String labelJa;
    private final String labelEn;

    InvoiceStatus(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** @return whether something remains to be paid */
    public boolean open() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
