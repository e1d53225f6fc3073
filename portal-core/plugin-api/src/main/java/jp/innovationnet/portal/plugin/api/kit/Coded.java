package jp.innovationnet.portal.plugin.api.kit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * A closed list's value as the API writes it: the constant's name in lower case with '-' for '_'
 * ({@code EXCHANGE_MEETING → exchange-meeting}), with labels in Japanese and English from {@code labels_ja.properties}
 * and {@code labels_en.properties} in the enum's own package, under {@code <enum>.<code>}. An enum implements it with
 * nothing but its constants; {@code KitChecks.assertLabelled} in the plugin test kit checks that both labels exist.
 */
public interface Coded {

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
     * @throws MissingResourceException when the bundle lacks it
     */
    default String label(Locale locale) {
        Class<?> type = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
        return Languages.bundle(type.getPackageName() + ".labels", locale, type.getClassLoader())
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

    /**
     * @param values the enum's values
     * @return their codes, in order
     */
    static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
