package jp.innovationnet.portal.plugins.liaison.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;

/**
 * The secretariat's comment on an opportunity it returns (the body of {@code POST /opportunities/{id}/return}).
 *
 * @param comment what to change
 */
public record CommentInput(@NotBlank @Size(max = 2000) @PlainText @NoMarkup String comment) {
}
