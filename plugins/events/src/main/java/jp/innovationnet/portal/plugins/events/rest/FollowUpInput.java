package jp.innovationnet.portal.plugins.events.rest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

/**
 * A participant's answers to the follow-up form. Texts are kept as plain text, NFC-normalised, with line ends made
 * {@code \n} and format characters (bidirectional overrides, zero-width characters...) removed; screens show them
 * as text, never as HTML.
 *
 * @param satisfaction   1 (not satisfied) to 5 (very satisfied)
 * @param newContacts    how many new contacts they made, 0 to 999
 * @param followUpWanted whether they want a follow-up
 * @param followUpWith   with whom (an organization, a person, a topic); required when a follow-up is wanted
 * @param comment        a comment, plain text
 */
public record FollowUpInput(@NotNull @Min(FollowUpAnswers.SATISFACTION_MIN) @Max(FollowUpAnswers.SATISFACTION_MAX)
                            Integer satisfaction,
                            @NotNull @Min(0) @Max(FollowUpAnswers.CONTACTS_MAX) Integer newContacts,
                            @NotNull Boolean followUpWanted,
                            @Size(max = 400) @PlainText String followUpWith,
                            @Size(max = 2000) @PlainText String comment) {

    /**
     * @param locale the participant's language, for the message
     * @return the answers
     * @throws ProblemException 422 naming {@code followUpWith} when a follow-up is wanted with nobody named
     */
    FollowUpAnswers answers(Locale locale) {
        Optional<String> with = followUpWanted ? plain(followUpWith) : Optional.empty();
        if (followUpWanted && with.isEmpty()) {
            throw FieldErrors.single(locale, "followUpWith", KitWording.REQUIRED);
        }
        return new FollowUpAnswers(satisfaction, newContacts, followUpWanted, with, plain(comment));
    }

    private static Optional<String> plain(String value) {
        return Optional.ofNullable(value).map(v -> Normalizer.normalize(v, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replaceAll("\\p{Cf}", "").strip()).filter(t -> !t.isEmpty());
    }
}
