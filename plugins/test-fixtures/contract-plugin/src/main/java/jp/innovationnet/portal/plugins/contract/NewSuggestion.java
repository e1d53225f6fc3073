package jp.innovationnet.portal.plugins.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A suggestion a visitor sends an organization through the public form; it becomes a note of that organization.
 *
 * @param organization the organization's alias
 * @param title        its title (the note's title adds "Suggestion: ")
 * @param body         its text
 * @param formToken    the token handed out with the form
 * @param website      the honeypot field; people leave it empty
 */
public record NewSuggestion(@NotBlank @Size(max = 64) String organization, @NotBlank @Size(max = 180) String title,
                            @NotBlank @Size(max = 4000) String body, String formToken, String website) {
}
