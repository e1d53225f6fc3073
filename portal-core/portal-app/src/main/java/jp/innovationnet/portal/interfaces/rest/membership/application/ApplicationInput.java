package jp.innovationnet.portal.interfaces.rest.membership.application;

import jp.innovationnet.portal.interfaces.rest.membership.organization.ProfileInput;

/**
 * The public application form ({@code POST /api/public/applications}).
 *
 * @param formToken       the token from {@code GET /api/public/applications/form-token} (required)
 * @param confirmEmail    the honeypot: a field people never see (the form hides it) and leave empty; bots fill it
 * @param applicant       who applies
 * @param membershipClass full (default) or supporting
 * @param message         a message to the secretariat (at most 4000 characters)
 * @param organization    the applying organization's profile (its names, place, fields, contacts...)
 */
public record ApplicationInput(String formToken, String confirmEmail, ApplicantInput applicant,
                               String membershipClass, String message, ProfileInput organization) {
}
