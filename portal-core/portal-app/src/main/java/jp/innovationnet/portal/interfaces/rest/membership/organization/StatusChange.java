package jp.innovationnet.portal.interfaces.rest.membership.organization;

/**
 * A member's suspension, reinstatement or withdrawal ({@code PUT /api/organizations/{id}/status}).
 *
 * @param status suspended, active (reinstate) or withdrawn
 * @param reason why (required; at most 2000 characters); kept in the organization's history
 */
public record StatusChange(String status, String reason) {
}
