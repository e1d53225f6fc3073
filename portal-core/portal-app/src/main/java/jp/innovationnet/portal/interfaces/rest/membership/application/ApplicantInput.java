package jp.innovationnet.portal.interfaces.rest.membership.application;

/**
 * The person applying, as the form gives them.
 *
 * @param name     full name (required)
 * @param email    e-mail address (required): confirmation, questions and the decision go there
 * @param phone    telephone number
 * @param language {@code ja} (default) or {@code en}: the language of the mails
 */
public record ApplicantInput(String name, String email, String phone, String language) {
}
