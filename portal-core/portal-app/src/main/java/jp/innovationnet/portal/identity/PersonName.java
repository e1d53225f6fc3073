package jp.innovationnet.portal.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's name as Japanese and English readers expect it: family name first in Japanese, and always when the
 * name is written in Japanese script (浜松 四郎, also on an English page); given name first for a Latin-script name
 * on an English page (Shiro Hamamatsu).
 */
public final class PersonName {

    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private PersonName() {
    }

    /**
     * @param given  the given name (OIDC {@code given_name}), may be empty
     * @param family the family name (OIDC {@code family_name}), may be empty
     * @param locale the reader's language
     * @return the name in the reader's order, or empty when both parts are empty
     */
    public static Optional<String> display(String given, String family, Locale locale) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() || f.isEmpty()) {
            return Optional.of(g + f).filter(s -> !s.isEmpty());
        }
        boolean familyFirst = "ja".equals(locale.getLanguage()) || JAPANESE_SCRIPT.matcher(g + f).find();
        return Optional.of(familyFirst ? f + " " + g : g + " " + f);
    }
}
