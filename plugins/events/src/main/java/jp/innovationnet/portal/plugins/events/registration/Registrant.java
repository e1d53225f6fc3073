package jp.innovationnet.portal.plugins.events.registration;

import java.util.Locale;
import java.util.Optional;

/**
 * Who registers: a portal user, or a person without an account whom an organiser registers.
 *
 * @param userId         the portal user's id; empty for a person without an account
 * @param name           their name
 * @param email          their e-mail address
 * @param language       the language they read ({@code ja} or {@code en})
 * @param organizationId the member organization they come for (its alias)
 * @param organization   the organization they come for as they wrote it, when they registered without an account
 */
public record Registrant(Optional<String> userId, String name, String email, Locale language,
                         Optional<String> organizationId, Optional<String> organization) {

    /**
     * A registrant who names no organization in free text.
     *
     * @param userId         the portal user's id; empty for a person without an account
     * @param name           their name
     * @param email          their e-mail address
     * @param language       the language they read
     * @param organizationId the member organization they come for
     */
    public Registrant(Optional<String> userId, String name, String email, Locale language,
                      Optional<String> organizationId) {
        this(userId, name, email, language, organizationId, Optional.empty());
    }
}
