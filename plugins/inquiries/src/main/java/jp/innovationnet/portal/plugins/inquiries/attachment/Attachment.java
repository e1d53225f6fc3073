package jp.innovationnet.portal.plugins.inquiries.attachment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a message: what it is called and what its content is; the bytes are {@link AttachmentContent}. */
@Entity
@Table(name = "inquiries_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Attachment() {
    }

    Attachment(long inquiryId, long messageId, CheckedFile file, Instant now) {
        this.inquiryId = inquiryId;
        this.messageId = messageId;
        this.filename = file.filename();
        this.mediaType = file.mediaType();
        this.size = file.content().length;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public long inquiryId() {
        return inquiryId;
    }

    public long messageId() {
        return messageId;
    }

    public String filename() {
        return filename;
    }

    /** @return the type its content was found to be */
    public String mediaType() {
        return mediaType;
    }

    public int size() {
        return size;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
