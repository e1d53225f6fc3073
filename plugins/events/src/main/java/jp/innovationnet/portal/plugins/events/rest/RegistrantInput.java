package jp.innovationnet.portal.plugins.events.rest;

/**
 * A person an organiser registers (someone without an account, or on their behalf).
 *
 * @param name           their name
 * @param email          their e-mail address
 * @param language       ja or en; ja by default
 * @param organizationId the organization they come for, if any
 */
public record RegistrantInput(String name, String email, String language, String organizationId) {
}
