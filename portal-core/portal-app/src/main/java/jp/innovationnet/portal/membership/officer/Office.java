package jp.innovationnet.portal.membership.officer;

import java.util.OptionalInt;

import jp.innovationnet.portal.membership.organization.Coded;

/** The network's offices (役員), with how many people may hold each at the same time. */
public enum Office implements Coded {
    CHAIR("会長", "Chair", 1),
    STEERING_COMMITTEE_CHAIR("運営委員長", "Steering-committee chair", 1),
    STEERING_COMMITTEE_MEMBER("運営委員", "Steering-committee member", 0),
    AUDITOR("監事", "Auditor", 2);

    private final String labelJa;
    private final String labelEn;
    private final int seats;

    Office(String labelJa, String labelEn, int seats) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.seats = seats;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** @return how many may hold the office at once; empty when any number may */
    public OptionalInt seats() {
        return seats == 0 ? OptionalInt.empty() : OptionalInt.of(seats);
    }
}
