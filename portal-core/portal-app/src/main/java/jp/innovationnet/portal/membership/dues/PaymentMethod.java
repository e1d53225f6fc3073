package jp.innovationnet.portal.membership.dues;

import jp.innovationnet.portal.membership.organization.Coded;

/** How a member paid. */
public enum PaymentMethod implements Coded {
    BANK_TRANSFER("銀行振込", "Bank transfer"),
    POSTAL_TRANSFER("郵便振替", "Postal transfer"),
    CASH("現金", "Cash"),
    OTHER("その他", "Other");

    private final String labelJa;
    private final String labelEn;

    PaymentMethod(String labelJa, String labelEn) {
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
}
