package jp.innovationnet.portal.plugins.contract;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A note to create.
 *
 * @param title    its title
 * @param body     its text
 * @param remindAt when to send a reminder by e-mail; optional
 * @param remindTo to whom; required with {@code remindAt}
 */
public record NewNote(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String body,
                      OffsetDateTime remindAt, @Email @Size(max = 320) String remindTo) {
}
