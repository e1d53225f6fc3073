package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;

/**
 * A mentoring pair as the secretariat forms it.
 *
 * @param mentorId the experienced coordinator
 * @param menteeId the coordinator they guide
 * @param focus    on what, in Japanese and optionally English
 * @param startsOn from when, YYYY-MM-DD; today when left out
 */
public record MentoringInput(@NotBlank @Size(max = 64) String mentorId, @NotBlank @Size(max = 64) String menteeId,
                             @Valid @NotNull Texts.Note focus,
                             String startsOn) {

    /**
     * @param locale the caller's language
     * @param today  today in Japan
     * @return the first day
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming {@code startsOn}, or
     *     {@code focus.ja} when the Japanese focus is missing
     */
    LocalDate start(Locale locale, LocalDate today) {
        FieldErrors errors = FieldErrors.in(locale);
        if (Texts.stripped(focus.ja()) == null) {
            errors.add("focus.ja", KitWording.REQUIRED);
        }
        LocalDate start = startsOn == null || startsOn.isBlank() ? today : errors.date("startsOn", startsOn);
        errors.throwIfAny();
        return start;
    }
}
