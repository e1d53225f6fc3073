package jp.innovationnet.portal.plugins.contract;

/**
 * A note as the API shows it.
 *
 * @param id             its id
 * @param organizationId its organization
 * @param title          its title
 * @param body           its text
 * @param authorId       who wrote it
 * @param createdAt      when (ISO-8601)
 * @param remindAt       when a reminder is due (ISO-8601), or null
 * @param remindedAt     when the reminder went out (ISO-8601), or null
 */
public record NoteView(Long id, String organizationId, String title, String body, String authorId,
                       String createdAt, String remindAt, String remindedAt) {
}
