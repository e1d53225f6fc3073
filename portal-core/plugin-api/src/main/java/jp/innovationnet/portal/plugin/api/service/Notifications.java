package jp.innovationnet.portal.plugin.api.service;

import org.osgi.annotation.versioning.ProviderType;

/** Notifications in the portal's inbox (and later by e-mail), each in both languages. */
@ProviderType
public interface Notifications {

    /**
     * @param recipient who receives it
     * @param message   what they read
     */
    void send(Recipient recipient, Message message);

    /**
     * Who receives a notification.
     *
     * @param kind whether {@code value} is a user id, an organization alias or a realm role
     * @param value the user id, alias or role
     */
    record Recipient(Kind kind, String value) {

        /** What a recipient's value names. */
        public enum Kind { USER, ORGANIZATION, ROLE }

        /** @param userId a Keycloak user id @return that user */
        public static Recipient user(String userId) {
            return new Recipient(Kind.USER, userId);
        }

        /** @param organizationId an organization alias @return every user of that organization */
        public static Recipient organization(String organizationId) {
            return new Recipient(Kind.ORGANIZATION, organizationId);
        }

        /** @param role a realm role @return every user holding it */
        public static Recipient role(String role) {
            return new Recipient(Kind.ROLE, role);
        }
    }

    /**
     * A notification's text in both languages.
     *
     * @param subjectJa subject in Japanese
     * @param subjectEn subject in English
     * @param bodyJa    body in Japanese (plain text)
     * @param bodyEn    body in English (plain text)
     * @param link      a portal path to open, or empty
     */
    record Message(String subjectJa, String subjectEn, String bodyJa, String bodyEn, String link) {
    }
}
