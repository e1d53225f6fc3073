package jp.innovationnet.portal.plugins.notes;

import java.time.OffsetDateTime;

/** A note as the API shows it (JSON: {@code id, title, body, writtenAt, archivedAt}; no {@code archivedAt} if open). */
public record NoteView(long id, String title, String body, OffsetDateTime writtenAt, OffsetDateTime archivedAt) {
}
