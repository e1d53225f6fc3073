package jp.innovationnet.portal.membership.organization;

import java.time.Instant;

/**
 * A member organization moved along its membership: fired by {@link OrganizationRegistry} and observed after the
 * commit (the plugin host hands it to plugins as the contract's {@code CoreEvent}).
 *
 * @param kind           what happened
 * @param organizationId the organization's alias
 * @param occurredAt     when
 */
public record MembershipEvent(Kind kind, String organizationId, Instant occurredAt) {

    /** What happened to the organization's membership. */
    public enum Kind {
        /** It became a member. */
        ADMITTED,
        /** Its membership was suspended. */
        SUSPENDED,
        /** A suspended membership was restored. */
        REINSTATED,
        /** It left the network. */
        WITHDRAWN
    }
}
