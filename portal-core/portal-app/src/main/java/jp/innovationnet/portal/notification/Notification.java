package jp.innovationnet.portal.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification in both languages, addressed to a user, an organization or a role. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private String source;

    @Column(name = "recipient_kind", nullable = false)
    private String recipientKind;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "subject_ja", nullable = false)
    private String subjectJa;

    @Column(name = "subject_en", nullable = false)
    private String subjectEn;

    @Column(name = "body_ja", nullable = false, length = 4000)
    private String bodyJa;

    @Column(name = "body_en", nullable = false, length = 4000)
    private String bodyEn;

    @Column(nullable = false)
    private String link;

    protected Notification() {
    }

    /**
     * @param source        "core" or "plugin:&lt;id&gt;"
     * @param recipientKind USER, ORGANIZATION or ROLE
     * @param recipient     the user id, organization alias or role
     * @param subjectJa     subject in Japanese
     * @param subjectEn     subject in English
     * @param bodyJa        body in Japanese
     * @param bodyEn        body in English
     * @param link          a portal path, or empty
     */
    public Notification(String source, String recipientKind, String recipient, String subjectJa, String subjectEn,
                        String bodyJa, String bodyEn, String link) {
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.source = source;
        this.recipientKind = recipientKind;
        this.recipient = recipient;
        this.subjectJa = subjectJa;
        this.subjectEn = subjectEn;
        this.bodyJa = bodyJa;
        this.bodyEn = bodyEn;
        this.link = link;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public String getSource() {
        return source;
    }

    public String getRecipientKind() {
        return recipientKind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubjectJa() {
        return subjectJa;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public String getBodyJa() {
        return bodyJa;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public String getLink() {
        return link;
    }
}
