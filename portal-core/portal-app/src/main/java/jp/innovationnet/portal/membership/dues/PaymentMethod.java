package jp.innovationnet.portal.membership.dues;

import jp.innovationnet.portal.membership.organization.Coded;

/** How a member paid. */
public enum PaymentMethod implements Coded {
    BANK_TRANSFER,
    POSTAL_TRANSFER,
    CASH,
    OTHER;

}
