package jp.innovationnet.portal.interfaces.rest.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's decision on a request.
 *
 * @param approved whether it is approved
 * @param reason   why (expected for a rejection)
 */
public record Decision(@NotNull Boolean approved, @Size(max = 1000) String reason) {
}
