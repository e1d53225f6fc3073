package jp.innovationnet.portal.plugins.contract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A note of one organization. */
@Entity
@Table(name = "contract_note")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "remind_at")
    private OffsetDateTime remindAt;

    @Column(name = "remind_to")
    private String remindTo;

    @Column(name = "remind_language")
    private String remindLanguage;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Version
    private long version;

    protected Note() {
    }

    Note(String organizationId, String title, String body, String authorId) {
        this.organizationId = organizationId;
        this.title = title;
        this.body = body;
        this.authorId = authorId;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Asks for a reminder by e-mail.
     *
     * @param at       when
     * @param to       to whom
     * @param language in which language ({@code ja} or {@code en})
     */
    void remind(OffsetDateTime at, String to, String language) {
        this.remindAt = at;
        this.remindTo = to;
        this.remindLanguage = language;
    }

    /** Records that the reminder went out. */
    void reminded() {
        remindedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    String remindTo() {
        return remindTo;
    }

    String remindLanguage() {
        return remindLanguage;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    Long id() {
        return id;
    }

    String organizationId() {
        return organizationId;
    }

    void archive() {
        archived = true;
    }

    NoteView view() {
        return new NoteView(id, organizationId, title, body, authorId, createdAt.toString(),
                remindAt == null ? null : remindAt.toString(), remindedAt == null ? null : remindedAt.toString());
    }
}
