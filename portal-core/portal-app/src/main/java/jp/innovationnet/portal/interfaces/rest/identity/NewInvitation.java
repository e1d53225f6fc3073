package jp.innovationnet.portal.interfaces.rest.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Someone to invite into an organization.
 *
 * @param email     their e-mail address
 * @param firstName their first (given) name; may be empty
 * @param lastName  their last (family) name; may be empty
 */
public record NewInvitation(@NotBlank @Email @Size(max = 254) String email,
                            @Size(max = 100) String firstName,
                            @Size(max = 100) String lastName) {
}
