package jp.innovationnet.portal.plugins.inquiries.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.inquiries.canned.ReplyDraft;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * A canned reply as the secretariat writes it; every text is required, in both languages. Texts are trimmed with
 * line ends as {@code \n}; a blank topic is none.
 *
 * @param titleJa its title in Japanese
 * @param titleEn its title in English
 * @param textJa  its text in Japanese (plain text)
 * @param textEn  its text in English (plain text)
 * @param topic   a topic code, or null for any topic
 */
public record CannedReplyInput(@NotBlank @Size(max = ReplyDraft.MAX_TITLE) @PlainText String titleJa,
                               @NotBlank @Size(max = ReplyDraft.MAX_TITLE) @PlainText String titleEn,
                               @NotBlank @Size(max = ReplyDraft.MAX_TEXT) @PlainText String textJa,
                               @NotBlank @Size(max = ReplyDraft.MAX_TEXT) @PlainText String textEn,
                               @CodeOf(Topic.class) String topic) {

    /** Trims the texts. */
    public CannedReplyInput {
        titleJa = lines(titleJa);
        titleEn = lines(titleEn);
        textJa = lines(textJa);
        textEn = lines(textEn);
        topic = Inputs.given(Inputs.stripped(topic)).orElse(null);
    }

    /** @return the reply, its constraints met */
    ReplyDraft draft() {
        return new ReplyDraft(titleJa, titleEn, textJa, textEn, Coded.byCode(Topic.values(), topic).orElse(null));
    }

    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").strip();
    }
}
