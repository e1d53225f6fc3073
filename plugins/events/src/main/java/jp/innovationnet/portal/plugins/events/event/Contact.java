package jp.innovationnet.portal.plugins.events.event;

import java.util.Optional;

/**
 * Whom to ask about an event.
 *
 * @param name  a person or desk
 * @param email their e-mail address
 * @param phone their telephone number
 */
public record Contact(String name, String email, Optional<String> phone) {
}
