package jp.innovationnet.portal.mail;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A mail waiting in the outbox, or sent. Its Message-ID is fixed when queued, so a resent copy is recognisable. */
@Entity
@Table(name = "queued_mail")
public class QueuedMail {

    /** The longest a mail waits between two attempts. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, length = 20000)
    private String body;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "queued_mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<QueuedAttachment> attachments = new ArrayList<>();

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    /** What a mail sent at most once is about (unique), else null. */
    @Column(name = "once_key", updatable = false, length = 300)
    private String onceKey;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    private long version;

    protected QueuedMail() {
    }

    QueuedMail(OutgoingMail mail, String messageId, String onceKey) {
        this(mail, messageId);
        this.onceKey = onceKey;
    }

    QueuedMail(OutgoingMail mail, String messageId) {
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.recipient = mail.to();
        this.language = mail.language().toLanguageTag();
        this.subject = mail.subject();
        this.body = mail.text();
        mail.attachments().forEach(a -> attachments.add(new QueuedAttachment(a)));
        this.messageId = messageId;
        this.nextAttemptAt = createdAt;
    }

    /** @return the mail as it was queued */
    OutgoingMail toMail() {
        return new OutgoingMail(recipient, Locale.forLanguageTag(language), subject, body,
                attachments.stream().map(QueuedAttachment::toAttachment).toList());
    }

    void sent() {
        sentAt = OffsetDateTime.now(ZoneOffset.UTC);
        attempts++;
        lastError = null;
    }

    /**
     * Records a failed attempt and when to try again: 10 s, doubling, at most {@link #MAX_BACKOFF}.
     *
     * @param error what the SMTP server or the network said
     */
    void failed(String error) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 10L << Math.min(attempts - 1, 20));
        nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds);
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessageId() {
        return messageId;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
