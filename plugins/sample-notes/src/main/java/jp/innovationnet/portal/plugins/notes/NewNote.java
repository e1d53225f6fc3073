package jp.innovationnet.portal.plugins.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.PlainText;

/**
 * A note to write: the route's body, which the core validates before the plugin sees it (422 naming the fields, in
 * the caller's language).
 *
 * @param title its title
 * @param body  its text
 */
public record NewNote(@NotBlank @Size(max = 200) @PlainText String title,
                      @NotBlank @Size(max = 4000) @PlainText String body) {
}
