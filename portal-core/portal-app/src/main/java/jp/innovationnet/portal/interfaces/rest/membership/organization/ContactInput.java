package jp.innovationnet.portal.interfaces.rest.membership.organization;

/**
 * A contact person as a request body gives it.
 *
 * @param name    full name (required)
 * @param title   department and position
 * @param email   e-mail address (required)
 * @param phone   telephone number
 * @param primary whether this is the organization's main contact (at most one)
 */
public record ContactInput(String name, String title, String email, String phone, Boolean primary) {
}
