package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugins.events.Coded;

/** Whom an event is meant for; see {@link Audience#admits(Viewer)}. */
public enum AudienceKind implements Coded {
    ALL_MEMBERS("all-members", "全会員", "All members"),
    REGIONS("regions", "選択した地域の会員", "Members in chosen regions"),
    ORGANIZATIONS("organizations", "選択した会員機関", "Chosen organizations"),
    COORDINATORS("coordinators", "コーディネーター", "Coordinators"),
    OVERSEAS_PARTNERS("overseas-partners", "海外パートナー", "Overseas partners"),
    PUBLIC("public", "一般公開", "Public");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    AudienceKind(String code, String labelJa, String labelEn) {
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
}
