package jp.innovationnet.portal.membership.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organization stands in the network, and which step may follow which:
 * {@code APPLIED → UNDER_REVIEW ⇄ INFORMATION_REQUESTED → ACTIVE ⇄ SUSPENDED → WITHDRAWN}, with {@code REJECTED}
 * as the other end of a review. Withdrawn and rejected are final: the record and its history stay.
 */
public enum MembershipStatus implements Coded {
    /** Applied through the public form; nobody has looked at it yet. */
    APPLIED,
    /** The secretariat is reviewing the application. */
    UNDER_REVIEW,
    /** The secretariat asked the applicant for more information. */
    INFORMATION_REQUESTED,
    /** A member in good standing: its users have access. */
    ACTIVE,
    /** Access withdrawn until it is reinstated. */
    SUSPENDED,
    /** Left the network; its history stays, its access is gone for good. */
    WITHDRAWN,
    /** The application was turned down. */
    REJECTED;

    /** @return the statuses that may follow this one */
    public Set<MembershipStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(UNDER_REVIEW, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(INFORMATION_REQUESTED, ACTIVE, REJECTED);
            case INFORMATION_REQUESTED -> EnumSet.of(UNDER_REVIEW, REJECTED);
            case ACTIVE -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN, REJECTED -> EnumSet.noneOf(MembershipStatus.class);
        };
    }

    /** @return whether the organization's users have access to the portal */
    public boolean grantsAccess() {
        return this == ACTIVE;
    }

    /** @return whether this is a step of an application not yet decided */
    public boolean isPending() {
        return this == APPLIED || this == UNDER_REVIEW || this == INFORMATION_REQUESTED;
    }
}
