package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an FAQ entry is about: the desk's topics, with labels in Japanese and English from {@code labels_ja} and
 * {@code labels_en.properties} of this package under {@code FaqTopic.<code>}.
 */
public enum FaqTopic {
    TECHNOLOGY, RD_FUNDING, STARTUP, OVERSEAS, IP_LICENSING, PARTNER_SEARCH, POLICY, OTHER;

    /** @return the code the API and the index use, e.g. {@code rd-funding} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param locale the reader's language
     * @return the label in Japanese, or in English for every other language
     */
    public String label(Locale locale) {
        return Labels.of(this, code(), locale);
    }

    /**
     * @param code a code as the API writes it; may be null
     * @return the topic with that code
     */
    public static Optional<FaqTopic> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
