package jp.innovationnet.portal.plugin.api.kit;

import java.util.Locale;

/**
 * The portal's two languages as a closed list ({@code ja}, {@code en}): the language a person without an account
 * reads a plugin's mails in, an inquiry's language... Its labels are the kit's ({@code Language.ja}: 日本語/Japanese).
 */
public enum Language implements Coded {
    /** Japanese. */
    JA(Locale.JAPANESE),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale mails and labels use */
    public Locale locale() {
        return locale;
    }
}
