package jp.innovationnet.portal.membership.organization;

/** A member's class, which decides its dues. */
public enum MembershipClass implements Coded {
    FULL("正会員", "Full member"),
    SUPPORTING("賛助会員", "Supporting member");

    private final String labelJa;
    private final String labelEn;

    MembershipClass(String labelJa, String labelEn) {
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
