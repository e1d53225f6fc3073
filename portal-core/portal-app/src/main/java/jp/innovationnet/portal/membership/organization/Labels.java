package jp.innovationnet.portal.membership.organization;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the labels of {@link Coded} values from the {@code labels} bundles of each enum's own package. */
final class Labels {

    /** No fallback to the server's default locale: English must never come out Japanese, or the reverse. */
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    /**
     * @param value    a coded value
     * @param language {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
     * @return its label in that language
     * @throws MissingResourceException when the bundle lacks it (a test checks every value has both)
     */
    static String of(Coded value, Locale language) {
        Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        return ResourceBundle.getBundle(type.getPackageName() + ".labels", language, type.getClassLoader(), EXACT)
                .getString(type.getSimpleName() + "." + value.code());
    }
}
