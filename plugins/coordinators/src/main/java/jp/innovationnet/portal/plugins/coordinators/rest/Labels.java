package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Codes of closed lists as the API writes them for reading: the code with its label in the reader's language. */
public final class Labels {

    private Labels() {
    }

    /**
     * A code with its label.
     *
     * @param code  the code
     * @param label the label
     */
    public record Label(String code, String label) {
    }

    /**
     * @param values the closed list
     * @param codes  some of its codes
     * @param locale the reader's language
     * @param <E>    the list
     * @return them labelled
     */
    static <E extends Enum<E> & Coded> List<Label> of(E[] values, List<String> codes, Locale locale) {
        return codes.stream().map(code -> of(values, code, locale)).toList();
    }

    /**
     * @param values the closed list
     * @param code   one of its codes
     * @param locale the reader's language
     * @param <E>    the list
     * @return it labelled
     */
    static <E extends Enum<E> & Coded> Label of(E[] values, String code, Locale locale) {
        return new Label(code, Coded.byCode(values, code).orElseThrow().label(locale));
    }

    /**
     * @param values a closed list
     * @param locale the reader's language
     * @return all of it labelled, in order
     */
    static List<Label> all(Coded[] values, Locale locale) {
        return Arrays.stream(values).map(v -> new Label(v.code(), v.label(locale))).toList();
    }
}
