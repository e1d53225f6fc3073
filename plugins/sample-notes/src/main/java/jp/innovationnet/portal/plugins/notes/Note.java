package jp.innovationnet.portal.plugins.notes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note of one organization, in the table that {@code db/migration/V1__create_notes.sql} makes. */
@Entity
@Table(name = "notes_note")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private String organizationId;
    private String title;
    private String body;
    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at")
    private OffsetDateTime writtenAt;
    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    protected Note() {
    }

    Note(String organizationId, NewNote note, String writtenBy) {
        this.organizationId = organizationId;
        this.title = note.title();
        this.body = note.body();
        this.writtenBy = writtenBy;
        this.writtenAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    boolean belongsTo(String organization) {
        return organizationId.equals(organization);
    }

    void archive() {
        archivedAt = archivedAt != null ? archivedAt : OffsetDateTime.now(ZoneOffset.UTC);
    }

    NoteView view() {
        return new NoteView(id, title, body, writtenAt, archivedAt);
    }
}
