package jp.innovationnet.portal.plugins.liaison.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * A value of a closed list as the API shows it (JSON {@code {code, label}}), its label in the reader's language.
 *
 * @param code  the code
 * @param label the label
 */
public record Label(String code, String label) {

    /** @param value a value, may be null @param locale the reader's language @return it labelled; null for null */
    static Label of(Coded value, Locale locale) {
        return value == null ? null : new Label(value.code(), value.label(locale));
    }

    /** @param values a closed list @param locale the reader's language @return every value labelled */
    static List<Label> all(Coded[] values, Locale locale) {
        return Arrays.stream(values).map(v -> of(v, locale)).toList();
    }
}
