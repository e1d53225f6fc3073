package jp.innovationnet.portal.plugins.inquiries.message;

import java.util.Optional;

/**
 * Who wrote a message.
 *
 * @param userId         the user, if logged in (an asker through the private link is not)
 * @param name           the name shown
 * @param organizationId the organization they wrote for (staff), if any
 */
public record Author(Optional<String> userId, String name, Optional<String> organizationId) {
}
