package jp.innovationnet.portal.mail;

import java.util.Objects;

/**
 * A file attached to a mail.
 *
 * @param filename    the name the recipient sees, e.g. {@code invoice-2026-0001.pdf}
 * @param contentType its media type, e.g. {@code application/pdf}
 * @param content     its bytes
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
