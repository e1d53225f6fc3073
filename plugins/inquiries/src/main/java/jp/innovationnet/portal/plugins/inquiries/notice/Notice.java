package jp.innovationnet.portal.plugins.inquiries.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.service.Mail;

/**
 * A mail to send, written in the transaction of the change it tells about: a crash after the commit loses nothing,
 * and {@link NoticeSender} hands it to the portal's outbox once.
 */
@Entity
@Table(name = "inquiries_notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected Notice() {
    }

    Notice(long inquiryId, String recipient, Locale language, String subject, String text, Instant now) {
        this.inquiryId = inquiryId;
        this.recipient = recipient;
        this.language = language.getLanguage();
        this.subject = subject;
        this.text = text;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return the key the outbox knows this mail by: it is queued once, ever */
    String key() {
        return "notice:" + id;
    }

    /** @return the mail */
    Mail.Email email() {
        return new Mail.Email(recipient, Locale.forLanguageTag(language), subject, text, null);
    }

    void sent(Instant now) {
        sentAt = now.atOffset(ZoneOffset.UTC);
    }

    public long inquiryId() {
        return inquiryId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }
}
