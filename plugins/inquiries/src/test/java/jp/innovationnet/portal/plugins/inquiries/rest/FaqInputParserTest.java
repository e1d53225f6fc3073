package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

class FaqInputParserTest {

    @Test
    void namesEveryBadFieldInOneProblem() {
        FaqInput input = new FaqInput("weather", new FaqInput.Texts("あ".repeat(501), "bell\u0007"),
                new FaqInput.Texts(null, "x".repeat(10_001)), null, null);
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> FaqInputParser.text(input, Locale.ENGLISH));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsOnlyKeys("topic", "question.ja", "question.en", "answer.en")
                .containsEntry("question.ja", "must be at most 500 characters");
        ProblemException empty = catchThrowableOfType(ProblemException.class,
                () -> FaqInputParser.text(null, Locale.JAPANESE));
        assertThat(empty.fieldErrors()).containsOnlyKeys("topic").containsEntry("topic", "入力してください");
    }

    @Test
    void keepsMarkdownLineBreaksAndLeavesBlankLanguagesOut() {
        FaqText text = FaqInputParser.text(new FaqInput(" rd-funding ", new FaqInput.Texts(" 申請は？ ", "  "),
                new FaqInput.Texts("1. 公募要領\n2.\t申請", null), null, null), Locale.JAPANESE);
        assertThat(text).isEqualTo(new FaqText(Topic.RD_FUNDING, "申請は？", null, "1. 公募要領\n2.\t申請", null));
    }

    @Test
    void sourceReferencesAreTheDesksReferences() {
        assertThat(FaqInputParser.sourceReference(" Q26-7K3M-9PQX ", Locale.ENGLISH)).hasValue("Q26-7K3M-9PQX");
        assertThat(FaqInputParser.sourceReference("", Locale.ENGLISH)).isEmpty();
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> FaqInputParser.sourceReference("Q26-ILOU-0000", Locale.ENGLISH));
        assertThat(problem.fieldErrors()).containsOnlyKeys("sourceReference");
        assertThat(FaqInputParser.topicParam("topic", Optional.of(""), Locale.ENGLISH)).isEmpty();
    }
}
