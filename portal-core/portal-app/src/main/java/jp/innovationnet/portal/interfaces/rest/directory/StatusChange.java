package jp.innovationnet.portal.interfaces.rest.directory;

import jakarta.validation.constraints.NotNull;

import jp.innovationnet.portal.directory.MembershipStatus;

/**
 * A change of membership status.
 *
 * @param status the new status: ACTIVE, SUSPENDED or WITHDRAWN
 */
public record StatusChange(@NotNull MembershipStatus status) {
}
