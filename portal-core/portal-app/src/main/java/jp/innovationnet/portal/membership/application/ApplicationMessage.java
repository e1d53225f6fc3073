package jp.innovationnet.portal.membership.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message about an application: a question of the secretariat or an answer of the applicant. Never changed. */
@Entity
@Table(name = "membership_application_message")
public class ApplicationMessage {

    /** Who wrote a message. */
    public enum Author {
        /** The secretariat, asking for more information. */
        SECRETARIAT,
        /** The applicant, answering through their private link. */
        APPLICANT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false, length = 4000)
    private String text;

    protected ApplicationMessage() {
    }

    /**
     * @param applicationId the application
     * @param author        who wrote it
     * @param authorName    their name
     * @param text          what they wrote
     */
    public ApplicationMessage(Long applicationId, Author author, String authorName, String text) {
        this.applicationId = applicationId;
        this.sentAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.author = author.name().toLowerCase(java.util.Locale.ROOT);
        this.authorName = authorName;
        this.text = text;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    /** @return who wrote it */
    public Author author() {
        return Author.valueOf(author.toUpperCase(java.util.Locale.ROOT));
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }
}
