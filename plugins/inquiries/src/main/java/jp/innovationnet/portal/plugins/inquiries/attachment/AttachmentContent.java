package jp.innovationnet.portal.plugins.inquiries.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart so that reading a thread never loads them. */
@Entity
@Table(name = "inquiries_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private long attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    /** @return the bytes */
    public byte[] content() {
        return content.clone();
    }
}
