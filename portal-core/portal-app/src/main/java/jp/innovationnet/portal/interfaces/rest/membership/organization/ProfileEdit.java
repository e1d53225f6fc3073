package jp.innovationnet.portal.interfaces.rest.membership.organization;

/**
 * An edit of an organization's profile ({@code PUT /api/organizations/{id}/profile}).
 *
 * @param version the {@code version} of the record the edit is based on (required)
 * @param profile the whole new profile
 */
public record ProfileEdit(Long version, ProfileInput profile) {
}
