package jp.innovationnet.portal.plugins.events.registration;

import jp.innovationnet.portal.plugins.events.Coded;

/** Where a registration stands. */
public enum RegistrationStatus implements Coded {
    CONFIRMED("confirmed", "参加確定", "Confirmed"),
    WAITING("waiting", "キャンセル待ち", "Waiting list"),
    CANCELLED("cancelled", "取消", "Cancelled"),
    NOT_ATTENDING("not-attending", "欠席", "Not attending");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    RegistrationStatus(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** @return whether the registration holds a seat or a place in the queue */
    public boolean active() {
        return this == CONFIRMED || this == WAITING;
    }
}
