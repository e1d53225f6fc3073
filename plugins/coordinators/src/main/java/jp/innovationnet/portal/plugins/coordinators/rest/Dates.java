package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;

/** Days as bodies send them (YYYY-MM-DD), read into field errors. */
final class Dates {

    private Dates() {
    }

    /**
     * @param errors where a bad day is named
     * @param field  the field
     * @param text   the day as sent
     * @return the day; null when it is none (then {@code errors} names the field)
     */
    static LocalDate parse(FieldErrors errors, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, KitWording.NOT_A_DATE);
            return null;
        }
    }

    /**
     * @param errors where a bad day is named
     * @param field  the field
     * @param text   the day as sent
     * @param latest the last day allowed
     * @return the day; null when it is none or after {@code latest} (then {@code errors} names the field)
     */
    static LocalDate notAfter(FieldErrors errors, String field, String text, LocalDate latest) {
        LocalDate day = parse(errors, field, text);
        if (day != null && day.isAfter(latest)) {
            errors.add(field, KitWording.DATE_OUT_OF_RANGE, LocalDate.of(1950, 1, 1), latest);
            return null;
        }
        return day;
    }
}
