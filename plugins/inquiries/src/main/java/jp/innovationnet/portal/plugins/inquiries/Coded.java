package jp.innovationnet.portal.plugins.inquiries;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A closed list's value as the API writes it: the constant's name in lower case with '-' for '_'
 * ({@code IP_LICENSING → ip-licensing}), with labels in Japanese and English from {@code labels_ja.properties}
 * and {@code labels_en.properties} in the enum's own package, under {@code <enum>.<code>}.
 */
public interface Coded {

    /** No fallback to the server's default locale: English must never come out Japanese, or the reverse. */
    ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** @return the constant's name, as every enum has it */
    String name();

    /** @return the code the API uses */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the label in Japanese */
    default String labelJa() {
        return label(Locale.JAPANESE);
    }

    /** @return the label in English */
    default String labelEn() {
        return label(Locale.ENGLISH);
    }

    /**
     * @param locale the reader's language
     * @return the label in Japanese, or in English for every other language
     * @throws MissingResourceException when the bundle lacks it (a test checks every value has both)
     */
    default String label(Locale locale) {
        Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        Class<?> type = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
        return ResourceBundle.getBundle(type.getPackageName() + ".labels", language, type.getClassLoader(), EXACT)
                .getString(type.getSimpleName() + "." + code());
    }

    /**
     * @param values the enum's values
     * @param code   a code as the API writes it; may be null
     * @param <E>    the enum
     * @return the value with that code
     */
    static <E extends Enum<E> & Coded> Optional<E> byCode(E[] values, String code) {
        return Arrays.stream(values).filter(v -> v.code().equals(code)).findFirst();
    }
}
