package jp.innovationnet.portal.plugins.inquiries.rest;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/** FAQ entries as written: every bad field named, Markdown's line breaks kept, references the desk's. */
class FaqInputTest {

    @Test
    void namesEveryBadField() {
        FaqInput input = new FaqInput("weather", new FaqInput.Question("あ".repeat(501), "bell\u0007"),
                new FaqInput.Answer(null, "x".repeat(10_001)), null, null);
        assertThat(Constraints.violated(input)).containsExactlyInAnyOrder("topic", "question.ja", "question.en",
                "answer.en");
        assertThat(Constraints.violated(new FaqInput(null, null, null, null, null))).containsExactly("topic");
    }

    @Test
    void keepsMarkdownLineBreaksAndLeavesBlankLanguagesOut() {
        FaqInput input = new FaqInput(" rd-funding ", new FaqInput.Question(" 申請は？ ", "  "),
                new FaqInput.Answer("1. 公募要領\n2.\t申請", null), null, null);
        assertThat(Constraints.violated(input)).isEmpty();
        assertThat(input.text()).isEqualTo(new FaqText(Topic.RD_FUNDING, "申請は？", null, "1. 公募要領\n2.\t申請", null));
    }

    @Test
    void sourceReferencesAreTheDesksReferences() {
        FaqInput reference = entry(" Q26-7K3M-9PQX ");
        assertThat(Constraints.violated(reference)).isEmpty();
        assertThat(reference.sourceReference()).isEqualTo("Q26-7K3M-9PQX");
        assertThat(entry("").sourceReference()).isNull();
        assertThat(Constraints.violated(entry("Q26-ILOU-0000"))).containsExactly("sourceReference");
    }

    private static FaqInput entry(String sourceReference) {
        return new FaqInput("other", null, null, sourceReference, null);
    }
}
