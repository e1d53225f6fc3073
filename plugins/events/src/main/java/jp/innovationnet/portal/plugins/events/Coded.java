package jp.innovationnet.portal.plugins.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A closed list's value as the API writes it ({@code exchange-meeting}), with labels in Japanese and English. */
public interface Coded {

    /** @return the code the API uses, lower case with '-' */
    String code();

    /** @return the label in Japanese */
    String labelJa();

    /** @return the label in English */
    String labelEn();

    /**
     * @param locale the reader's language
     * @return the label in Japanese, or in English for every other language
     */
    default String label(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? labelJa() : labelEn();
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
