package jp.innovationnet.portal.plugins.events.question;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.innovationnet.portal.plugin.api.kit.Languages;

/** One option of a choice question, in both languages. */
@Embeddable
public class ChoiceOption {

    @Column(name = "label_ja", nullable = false)
    private String ja;

    @Column(name = "label_en", nullable = false)
    private String en;

    protected ChoiceOption() {
    }

    /** @param ja the option in Japanese @param en the option in English */
    public ChoiceOption(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** @return the option in Japanese */
    public String ja() {
        return ja;
    }

    /** @return the option in English */
    public String en() {
        return en;
    }

    /** @param locale the reader's language @return the option in Japanese, or in English for any other language */
    public String label(Locale locale) {
        return Languages.isJapanese(locale) ? ja : en;
    }
}
