package jp.innovationnet.portal.plugins.inquiries.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.canned.ReplyDraft;

/** Canned replies as written: both languages required, plain text, bounded, a known topic or none. */
class CannedReplyInputTest {

    @Test
    void readsAGoodReplyKeepingItsLines() {
        ReplyDraft draft = CannedReplyRoutes.parse(new CannedReplyInput(" 受付 ", "Received",
                "お問い合わせありがとうございます。\r\n担当機関からご連絡します。", "Thank you.\n\tWe will reply.", "overseas"),
                Locale.ENGLISH);
        assertThat(draft).isEqualTo(new ReplyDraft("受付", "Received",
                "お問い合わせありがとうございます。\n担当機関からご連絡します。", "Thank you.\n\tWe will reply.", Topic.OVERSEAS));
        assertThat(CannedReplyRoutes.parse(new CannedReplyInput("a", "b", "c", "d", null), Locale.ENGLISH).topic())
                .isNull();
    }

    @Test
    void namesEveryFieldAtFault() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> CannedReplyRoutes.parse(
                new CannedReplyInput("", "x".repeat(201), "bell\u0007", null, "cooking"), Locale.JAPANESE));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsOnlyKeys("titleJa", "titleEn", "textJa", "textEn", "topic");
        assertThat(problem.fieldErrors().get("titleEn")).isEqualTo("200文字以内で入力してください");
        assertThat(problem.fieldErrors().get("textJa")).contains("制御文字");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(200);
        assertThat(CannedReplyRoutes.parse(new CannedReplyInput(emoji, "b", "c", "d", null), Locale.ENGLISH).titleJa())
                .isEqualTo(emoji);
    }
}
