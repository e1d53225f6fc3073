package jp.innovationnet.portal.plugins.events.event;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Languages;

/**
 * One text in Japanese and in English.
 *
 * @param ja the Japanese text
 * @param en the English text
 */
public record Texts(String ja, String en) {

    /**
     * @param locale the reader's language
     * @return the Japanese text for Japanese readers, the English one for everybody else
     */
    public String in(Locale locale) {
        return Languages.isJapanese(locale) ? ja : en;
    }
}
