package jp.innovationnet.portal.plugins.inquiries.canned;

import java.util.Objects;

import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * What a canned reply says, checked: titles and texts in both languages, for a topic or (null) any.
 *
 * @param titleJa its title in Japanese
 * @param titleEn its title in English
 * @param textJa  its text in Japanese (plain text)
 * @param textEn  its text in English (plain text)
 * @param topic   the topic it is for, or null for any topic
 */
public record ReplyDraft(String titleJa, String titleEn, String textJa, String textEn, Topic topic) {

    /** Longest title, in characters. */
    public static final int MAX_TITLE = 200;
    /** Longest text, in characters. */
    public static final int MAX_TEXT = 10_000;

    public ReplyDraft {
        Objects.requireNonNull(titleJa, "titleJa");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(textJa, "textJa");
        Objects.requireNonNull(textEn, "textEn");
    }
}
