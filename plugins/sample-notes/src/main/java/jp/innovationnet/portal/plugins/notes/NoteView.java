package jp.innovationnet.portal.plugins.notes;

/**
 * A note as the API shows it.
 *
 * @param id             its id
 * @param organizationId its organization
 * @param title          its title
 * @param body           its text
 * @param authorId       who wrote it
 * @param createdAt      when (ISO-8601)
 */
public record NoteView(Long id, String organizationId, String title, String body, String authorId,
                       String createdAt) {
}
