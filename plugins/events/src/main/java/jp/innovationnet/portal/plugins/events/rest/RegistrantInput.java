package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugins.events.registration.Registrant;

/**
 * A person registered without an account: by an organiser, or by themselves through the public form.
 *
 * @param name           their name
 * @param email          their e-mail address
 * @param language       ja or en; ja by default
 * @param organizationId the member organization they come for, if any (organisers only)
 * @param organization   the organization they come for, as they write it
 * @param answers        question id to answer
 */
public record RegistrantInput(String name, String email, String language, String organizationId,
                              String organization, Map<String, String> answers) {

    private static final int NAME = 200;

    /**
     * @param errors where to name the fields at fault
     * @return the registrant, if all is well
     */
    Optional<Registrant> registrant(FieldErrors errors) {
        String given = name == null ? "" : name.strip();
        String address = email == null ? "" : email.strip();
        String company = organization == null ? "" : organization.strip();
        if (given.isEmpty()) {
            errors.add("name", Message.REQUIRED);
        } else if (given.length() > NAME) {
            errors.add("name", Message.TOO_LONG, NAME);
        }
        if (!FieldErrors.isEmail(address)) {
            errors.add("email", Message.NOT_AN_EMAIL);
        }
        if (company.length() > NAME) {
            errors.add("organization", Message.TOO_LONG, NAME);
        }
        String reads = language == null ? "ja" : language.strip();
        if (!List.of("ja", "en").contains(reads)) {
            errors.add("language", Message.ONE_OF, "ja, en");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Registrant(Optional.empty(), given, address, Locale.forLanguageTag(reads),
                Optional.ofNullable(organizationId).filter(o -> !o.isBlank()),
                Optional.of(company).filter(c -> !c.isEmpty())));
    }
}
