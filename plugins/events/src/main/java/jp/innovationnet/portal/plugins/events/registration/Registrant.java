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
 * @param organizationId the organization they come for
 */
public record Registrant(Optional<String> userId, String name, String email, Locale language,
                         Optional<String> organizationId) {
}
