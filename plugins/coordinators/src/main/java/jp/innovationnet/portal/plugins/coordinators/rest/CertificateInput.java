package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.coordinators.capacity.CertificateKind;

/**
 * A certificate as a coordinator records it.
 *
 * @param kind     what kind ({@link CertificateKind} code)
 * @param title    its name as written on it
 * @param issuer   who issued it
 * @param issuedOn when, YYYY-MM-DD, not in the future
 */
public record CertificateInput(@NotBlank @CodeOf(CertificateKind.class) String kind,
                               @NotBlank @Size(max = 200) @PlainText @NoMarkup String title,
                               @NotBlank @Size(max = 200) @PlainText @NoMarkup String issuer,
                               @NotBlank String issuedOn) {

    /** The earliest day a certificate may have been issued on, for the message of a day in the future. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);

    /**
     * @param locale the caller's language
     * @param today  today in Japan
     * @return the day it was issued
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming {@code issuedOn}
     */
    LocalDate issued(Locale locale, LocalDate today) {
        FieldErrors errors = FieldErrors.in(locale);
        LocalDate issued = errors.date("issuedOn", issuedOn);
        if (issued != null && issued.isAfter(today)) {
            errors.add("issuedOn", KitWording.DATE_OUT_OF_RANGE, FIRST_DAY, today);
        }
        errors.throwIfAny();
        return issued;
    }
}
