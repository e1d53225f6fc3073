package jp.innovationnet.portal.membership.organization;

/**
 * Fired by {@link OrganizationRegistry} inside the transaction of every change to an organization's record or
 * status (registered, profile or domains edited, moved along its lifecycle). Observers that must act atomically
 * with the change (an outbox) observe it with {@code during = TransactionPhase.IN_PROGRESS} (the default) and join
 * the transaction; if they fail, the change is rolled back. Observers that react to what has happened should observe
 * {@link MembershipEvent}s after the commit.
 *
 * @param organizationId the organization's alias
 */
public record OrganizationChanged(String organizationId) {
}
