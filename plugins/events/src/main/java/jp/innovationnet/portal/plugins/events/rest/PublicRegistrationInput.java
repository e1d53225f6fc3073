package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;

/**
 * A registration sent through an event's public form, by someone without an account.
 *
 * @param name         their name
 * @param email        their e-mail address
 * @param organization the organization they come for, as they write it
 * @param language     ja or en; ja by default
 * @param answers      question id to answer
 * @param formToken    the token handed out with the form
 * @param website      the honeypot: a field people do not see and leave empty
 */
public record PublicRegistrationInput(String name, String email, String organization, String language,
                                      Map<String, String> answers, String formToken, String website) {

    /** @return the registrant's part, as organisers send it too */
    RegistrantInput registrant() {
        return new RegistrantInput(name, email, language, null, organization, answers);
    }
}
