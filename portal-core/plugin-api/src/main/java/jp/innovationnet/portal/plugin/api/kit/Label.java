package jp.innovationnet.portal.plugin.api.kit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A value of a closed list as the API shows it (JSON {@code {code, label}}), labelled in the reader's language
 * (since contract 1.5).
 *
 * @param code  the code
 * @param label the label
 */
public record Label(String code, String label) {

    /**
     * @param value  a value of a closed list; may be null
     * @param locale the reader's language
     * @return it labelled; null for null
     */
    public static Label of(Coded value, Locale locale) {
        return value == null ? null : new Label(value.code(), value.label(locale));
    }

    /**
     * @param values a closed list
     * @param locale the reader's language
     * @return every value labelled, in order
     */
    public static List<Label> all(Coded[] values, Locale locale) {
        return Arrays.stream(values).map(value -> of(value, locale)).toList();
    }
}
