package jp.innovationnet.portal.membership.application;

import java.util.Locale;
import java.util.Objects;

/**
 * The person who applies for their organization (and becomes its first administrator when it is admitted).
 *
 * @param name     full name
 * @param email    e-mail address: where the portal writes to them
 * @param phone    telephone number, if given
 * @param language the language they want mail in: {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
 */
public record Applicant(String name, String email, String phone, Locale language) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        language = "en".equals(language == null ? null : language.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** @return whether they read English rather than Japanese */
    public boolean english() {
        return language.equals(Locale.ENGLISH);
    }
}
