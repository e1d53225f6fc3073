package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Locale;
import java.util.ResourceBundle;

/** Labels of this package's closed lists, from {@code labels_ja} and {@code labels_en.properties}. */
final class Labels {

    /** No fallback to the server's default locale: English must never come out Japanese, or the reverse. */
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    /**
     * @param value  a constant of one of the package's enums
     * @param code   its code
     * @param locale the reader's language
     * @return its label under {@code <enum>.<code>}, in Japanese or, for every other language, in English
     */
    static String of(Enum<?> value, String code, Locale locale) {
        Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        Class<?> type = value.getDeclaringClass();
        return ResourceBundle.getBundle(type.getPackageName() + ".labels", language, type.getClassLoader(), EXACT)
                .getString(type.getSimpleName() + "." + code);
    }
}
