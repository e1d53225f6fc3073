package jp.innovationnet.portal.plugin.api.kit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A message of a plugin's own catalogue, in Japanese and English: an enum implements it with nothing but its
 * constants, and the texts live in {@code messages_ja.properties} and {@code messages_en.properties} in the enum's
 * package under {@code <enum>.<CONSTANT>}, as {@link MessageFormat} patterns ({@code {0}} for the first value; a
 * literal apostrophe is written twice). {@code KitChecks.assertWorded} in the plugin test kit checks both texts
 * exist.
 */
public interface Wording {

    /** @return the constant's name, as every enum has it */
    String name();

    /**
     * @param locale the reader's language
     * @param args   the values of the pattern's placeholders
     * @return the message in Japanese, or in English for every other language
     * @throws MissingResourceException when the catalogue lacks it
     */
    default String in(Locale locale, Object... args) {
        Class<?> type = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
        Locale language = Languages.of(locale);
        String pattern = Languages.bundle(type.getPackageName() + ".messages", language, type.getClassLoader())
                .getString(type.getSimpleName() + "." + name());
        return new MessageFormat(pattern, language).format(args);
    }
}
