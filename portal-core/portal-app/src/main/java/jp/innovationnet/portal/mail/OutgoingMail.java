package jp.innovationnet.portal.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plain-text mail to one recipient, written in the recipient's language by whoever sends it.
 *
 * @param to          the recipient's address
 * @param language    the language it is written in ({@link Locale#JAPANESE} or {@link Locale#ENGLISH}); sets the
 *                    {@code Content-Language} header
 * @param subject     the subject
 * @param text        the body, plain text
 * @param attachments files to attach; may be empty
 */
public record OutgoingMail(String to, Locale language, String subject, String text, List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * @param to       the recipient
     * @param language the language
     * @param subject  the subject
     * @param text     the body
     * @return a mail without attachments
     */
    public static OutgoingMail of(String to, Locale language, String subject, String text) {
        return new OutgoingMail(to, language, subject, text, List.of());
    }
}
