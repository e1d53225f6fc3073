package jp.innovationnet.portal.plugins.contract;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Whom to mail a note to.
 *
 * @param to e-mail addresses, 1 to 20
 */
public record ShareRequest(@NotEmpty @Size(max = 20) List<String> to) {
}
