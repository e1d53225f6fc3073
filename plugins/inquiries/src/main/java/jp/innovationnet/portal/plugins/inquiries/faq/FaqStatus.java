package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Locale;

/** Whether an FAQ entry is shown to everybody: drafts are seen by the secretariat only, and never suggested. */
public enum FaqStatus {
    DRAFT, PUBLISHED;

    /** @return the code the API uses */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param locale the reader's language
     * @return the label in Japanese, or in English for every other language
     */
    public String label(Locale locale) {
        return Labels.of(this, code(), locale);
    }
}
