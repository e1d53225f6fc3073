package jp.innovationnet.portal.plugins.liaison.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.kit.Label;

/**
 * Countries as ISO 3166-1 alpha-2 codes, the ones the JDK knows ({@link Locale#getISOCountries()}), named in the
 * reader's language by the JDK's own display names (CLDR): no list of our own to keep.
 */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** @param code a code as written @return it in upper case when it is a country's, else null */
    static String code(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? upper : null;
    }

    /** @param code a country's code @param locale the reader's language @return its name in that language */
    static Label label(String code, Locale locale) {
        return new Label(code, Locale.of("", code).getDisplayCountry(locale));
    }

    /** @param locale the reader's language @return every country, by its name in that language */
    static List<Label> all(Locale locale) {
        return CODES.stream().map(code -> label(code, locale)).sorted(Comparator.comparing(Label::label)).toList();
    }
}
