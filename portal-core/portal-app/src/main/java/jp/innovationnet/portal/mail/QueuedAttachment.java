package jp.innovationnet.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment of a queued mail, kept with it until it is sent. */
@Embeddable
public class QueuedAttachment {

    @Column(name = "filename", nullable = false)
    private String filename;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected QueuedAttachment() {
    }

    QueuedAttachment(MailAttachment attachment) {
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    MailAttachment toAttachment() {
        return new MailAttachment(filename, contentType, content);
    }
}
