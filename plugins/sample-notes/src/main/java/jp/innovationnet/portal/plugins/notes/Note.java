package jp.innovationnet.portal.plugins.notes;

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
@Table(name = "notes_note")
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
        return new NoteView(id, organizationId, title, body, authorId, createdAt.toString());
    }
}
