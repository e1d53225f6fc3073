package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.util.Optional;

/**
 * Who asked: a logged-in user (their id) or a visitor of the public form (no id, known by the private link only).
 *
 * @param userId       the Keycloak user id, if the asker was logged in
 * @param name         the name to address them by
 * @param email        where mails to the asker go
 * @param organization the organization they ask for, as they write it
 */
public record Asker(Optional<String> userId, String name, String email, Optional<String> organization) {
}
