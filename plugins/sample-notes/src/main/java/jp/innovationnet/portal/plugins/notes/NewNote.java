package jp.innovationnet.portal.plugins.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A note to create.
 *
 * @param title its title
 * @param body  its text
 */
public record NewNote(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String body) {
}
