package jp.innovationnet.portal.plugins.inquiries.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.inquiries.canned.ReplyDraft;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** Canned replies as written: both languages required, plain text, bounded, a known topic or none. */
class CannedReplyInputTest {

    @Test
    void readsAGoodReplyKeepingItsLines() {
        CannedReplyInput input = new CannedReplyInput(" 受付 ", "Received",
                "お問い合わせありがとうございます。\r\n担当機関からご連絡します。", "Thank you.\n\tWe will reply.", "overseas");
        assertThat(Constraints.violated(input)).isEmpty();
        assertThat(input.draft()).isEqualTo(new ReplyDraft("受付", "Received",
                "お問い合わせありがとうございます。\n担当機関からご連絡します。", "Thank you.\n\tWe will reply.", Topic.OVERSEAS));
        assertThat(new CannedReplyInput("a", "b", "c", "d", " ").draft().topic()).as("blank: any topic").isNull();
    }

    @Test
    void namesEveryFieldAtFault() {
        assertThat(Constraints.violated(new CannedReplyInput("", "x".repeat(201), "bell\u0007", null, "cooking")))
                .containsExactlyInAnyOrder("titleJa", "titleEn", "textJa", "textEn", "topic");
        assertThat(Constraints.violated(new CannedReplyInput("x".repeat(200), "b", "c", "d", null))).isEmpty();
    }
}
