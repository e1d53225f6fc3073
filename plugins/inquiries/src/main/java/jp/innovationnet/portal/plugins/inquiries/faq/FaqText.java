package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.ArrayList;
import java.util.List;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * What an FAQ entry says, as the secretariat writes it. A draft may lack either language; a published entry has
 * both questions and both answers. Absent texts are null, never blank.
 *
 * @param topic      what it is about
 * @param questionJa the question in Japanese
 * @param questionEn the question in English
 * @param answerJa   the answer in Japanese (Markdown)
 * @param answerEn   the answer in English (Markdown)
 */
public record FaqText(Topic topic, String questionJa, String questionEn, String answerJa, String answerEn) {

    public FaqText {
        questionJa = present(questionJa);
        questionEn = present(questionEn);
        answerJa = present(answerJa);
        answerEn = present(answerEn);
    }

    /**
     * @return the fields (API paths {@code question.ja}, {@code answer.en}...) that must be written before this
     *     text can be published; empty when it is complete
     */
    public List<String> missingForPublication() {
        List<String> missing = new ArrayList<>();
        if (questionJa == null) {
            missing.add("question.ja");
        }
        if (questionEn == null) {
            missing.add("question.en");
        }
        if (answerJa == null) {
            missing.add("answer.ja");
        }
        if (answerEn == null) {
            missing.add("answer.en");
        }
        return missing;
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
