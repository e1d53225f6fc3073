package jp.innovationnet.portal.plugins.inquiries.message;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** One message of an inquiry's thread: plain text, never HTML (screens render it as text). */
@Entity
@Table(name = "inquiries_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "author_user_id")
    private String authorUserId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_organization_id")
    private String authorOrganizationId;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Message() {
    }

    Message(long inquiryId, MessageKind kind, Author author, String text, Instant now) {
        this.inquiryId = inquiryId;
        this.kind = kind.code();
        this.authorUserId = author.userId().orElse(null);
        this.authorName = author.name();
        this.authorOrganizationId = author.organizationId().orElse(null);
        this.text = text;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public long inquiryId() {
        return inquiryId;
    }

    public MessageKind kind() {
        return Coded.byCode(MessageKind.values(), kind).orElseThrow();
    }

    public Author author() {
        return new Author(Optional.ofNullable(authorUserId), authorName, Optional.ofNullable(authorOrganizationId));
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
