package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugins.events.Coded;

/** What kind of event it is. */
public enum EventKind implements Coded {
    SEMINAR("seminar", "セミナー", "Seminar"),
    EXCHANGE_MEETING("exchange-meeting", "交流会", "Exchange meeting"),
    MATCHING_FAIR("matching-fair", "マッチングフェア", "Matching fair"),
    COORDINATOR_TRAINING("coordinator-training", "コーディネーター研修", "Coordinator training"),
    GENERAL_ASSEMBLY("general-assembly", "総会", "General assembly"),
    OTHER("other", "その他", "Other");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    EventKind(String code, String labelJa, String labelEn) {
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
