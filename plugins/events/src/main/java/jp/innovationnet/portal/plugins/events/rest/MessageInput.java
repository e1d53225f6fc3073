package jp.innovationnet.portal.plugins.events.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.PlainText;

/**
 * An organisers' message to an event's registrants, in both languages.
 *
 * @param subjectJa its subject in Japanese
 * @param subjectEn its subject in English
 * @param bodyJa    its text in Japanese
 * @param bodyEn    its text in English
 * @param to        {@code confirmed} (the confirmed registrants) or {@code all} (also those waiting)
 */
public record MessageInput(@NotBlank @Size(max = 200) @PlainText String subjectJa,
                           @NotBlank @Size(max = 200) @PlainText String subjectEn,
                           @NotBlank @Size(max = 10_000) @PlainText String bodyJa,
                           @NotBlank @Size(max = 10_000) @PlainText String bodyEn,
                           @NotBlank @CodeOf(MessageRecipients.class) String to) {
}
