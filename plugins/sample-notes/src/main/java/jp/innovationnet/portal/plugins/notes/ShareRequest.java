package jp.innovationnet.portal.plugins.notes;

import java.util.List;

/**
 * Whom to mail a note to.
 *
 * @param to e-mail addresses
 */
public record ShareRequest(List<String> to) {
}
