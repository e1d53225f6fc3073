package jp.innovationnet.portal.membership.organization;

/** What part an organization plays in the network. */
public enum OrganizationKind implements Coded {
    MEMBER("会員", "Member"),
    STEERING_AGENCY("幹事機関", "Steering agency"),
    SECRETARIAT("事務局", "Secretariat"),
    OVERSEAS_PARTNER("海外連携機関", "Overseas partner");

    private final String labelJa;
    private final String labelEn;

    OrganizationKind(String labelJa, String labelEn) {
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
