package jp.innovationnet.portal.interfaces.rest.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A step in an organization's membership lifecycle.
 *
 * @param status the new status, by code (e.g. {@code suspended}) or name ({@code SUSPENDED})
 * @param reason why; shown in the organization's history
 */
public record StatusChange(@NotBlank String status, @Size(max = 2000) String reason) {
}
