package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The asker's language: every mail to the asker is written in it. */
public enum Language implements Coded {
    JA(Locale.JAPANESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale mails and labels use */
    public Locale locale() {
        return locale;
    }
}
