package jp.innovationnet.portal.plugin.api.service;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.osgi.annotation.versioning.ProviderType;

/**
 * E-mail through the portal's outbox (since contract 1.2): stored durably, sent by the core's SMTP dispatcher, retried until
 * the server accepts it, never dropped.
 */
@ProviderType
public interface Mail {

    /**
     * Queues a mail once the transaction of the current plugin call (a request, a scheduled task's run or a
     * core-event listener) commits; nothing is queued if it rolls back.
     *
     * @param email the mail
     */
    void send(Email email);

    /**
     * Queues a mail at most once for {@code key}, ever: a second call with the same key (from this plugin, also after
     * a restart of the portal) queues nothing. The mail is queued at once in the core's own transaction, so a
     * plugin that marks its work done in its own transaction and is interrupted before committing simply calls
     * again with the same key.
     *
     * @param key   what the mail is about, unique within the plugin, e.g. {@code "reminder:4711"}; at most 200
     *              characters
     * @param email the mail
     * @return whether it was queued now (false: a mail with this key was queued before)
     */
    boolean sendOnce(String key, Email email);

    /**
     * A plain-text mail to one recipient, written in the recipient's language.
     *
     * @param to          the recipient's address
     * @param language    {@link Locale#JAPANESE} or {@link Locale#ENGLISH}; sets {@code Content-Language}
     * @param subject     the subject
     * @param text        the body, plain text
     * @param attachments files to attach; may be empty
     */
    record Email(String to, Locale language, String subject, String text, List<Attachment> attachments) {

        public Email {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /**
     * A file attached to a mail.
     *
     * @param filename  the name the recipient sees, e.g. {@code event-12.ics}
     * @param mediaType its media type, e.g. {@code text/calendar; method=PUBLISH}
     * @param content   its bytes
     */
    record Attachment(String filename, String mediaType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
