package jp.innovationnet.portal.membership.officer;

import java.util.OptionalInt;

import jp.innovationnet.portal.membership.organization.Coded;

/** The network's offices (役員), with how many people may hold each at the same time. */
public enum Office implements Coded {
    CHAIR(1),
    STEERING_COMMITTEE_CHAIR(1),
    STEERING_COMMITTEE_MEMBER(0),
    AUDITOR(2);

    private final int seats;

    Office(int seats) {
        this.seats = seats;
    }

    /** @return how many may hold the office at once; empty when any number may */
    public OptionalInt seats() {
        return seats == 0 ? OptionalInt.empty() : OptionalInt.of(seats);
    }
}
