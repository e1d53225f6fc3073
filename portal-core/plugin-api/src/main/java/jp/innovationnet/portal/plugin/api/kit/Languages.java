package jp.innovationnet.portal.plugin.api.kit;

import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's two languages: Japanese, and English for every other reader. */
public final class Languages {

    /** No fallback to the server's default locale: English must never come out Japanese, or the reverse. */
    static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Languages() {
    }

    /**
     * @param locale the reader's locale; null counts as English
     * @return {@link Locale#JAPANESE} for a Japanese reader, {@link Locale#ENGLISH} for everybody else
     */
    public static Locale of(Locale locale) {
        return isJapanese(locale) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /**
     * @param locale the reader's locale; may be null
     * @return whether the reader reads Japanese
     */
    public static boolean isJapanese(Locale locale) {
        return locale != null && Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    /**
     * A plugin's own properties bundle in the reader's language, for texts whose keys are not constants of a
     * {@link Coded} list or a {@link Wording} (e.g. names that come from a library).
     *
     * @param baseName a bundle's base name, e.g. {@code "com.example.labels"}
     * @param locale   the reader's locale
     * @param loader   the class loader holding the bundle (a plugin's own)
     * @return the bundle in Japanese or English, never in the server's default language
     * @throws java.util.MissingResourceException when there is no such bundle
     */
    public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(baseName, of(locale), loader, EXACT);
    }
}
