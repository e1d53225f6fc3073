package jp.innovationnet.portal.plugins.coordinators.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;

/** The bilingual texts of a profile as sent. */
public final class Texts {

    private Texts() {
    }

    /**
     * A required line, Japanese first.
     *
     * @param ja in Japanese
     * @param en in English; may be left out
     */
    public record Line(@NotBlank @Size(max = 200) @PlainText @NoMarkup String ja,
                       @Size(max = 200) @PlainText @NoMarkup String en) {
    }

    /**
     * A text that may be left out, in Markdown.
     *
     * @param ja in Japanese
     * @param en in English
     */
    public record Prose(@Size(max = 8000) @PlainText @NoMarkup String ja,
                        @Size(max = 8000) @PlainText @NoMarkup String en) {
    }

    /**
     * A short note that may be left out.
     *
     * @param ja in Japanese
     * @param en in English
     */
    public record Note(@Size(max = 500) @PlainText @NoMarkup String ja,
                       @Size(max = 500) @PlainText @NoMarkup String en) {
    }

    /**
     * @param text a text as sent; may be null
     * @return it stripped, or null when empty
     */
    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }
}
