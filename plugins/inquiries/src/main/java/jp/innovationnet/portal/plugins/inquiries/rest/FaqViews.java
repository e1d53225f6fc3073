package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;

import jp.innovationnet.portal.plugins.inquiries.faq.AnswerRenderer;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntry;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqStatus;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** Writes FAQ entries for the API. */
final class FaqViews {

    private final AnswerRenderer answers = new AnswerRenderer();

    /**
     * @param entry      an entry the caller may see
     * @param secretariat whether the caller is the secretariat (who alone sees where an entry came from)
     * @return the entry with its answers rendered
     */
    FaqView full(FaqEntry entry, boolean secretariat) {
        FaqText text = entry.text();
        return new FaqView(entry.id(), topic(text.topic()), status(entry.status()),
                new FaqView.Texts(text.questionJa(), text.questionEn()),
                new FaqView.Texts(text.answerJa(), text.answerEn()),
                new FaqView.Texts(html(text.answerJa()), html(text.answerEn())),
                secretariat ? entry.sourceReference().orElse(null) : null,
                entry.createdAt(), entry.updatedAt(), entry.version());
    }

    /**
     * @param entry a published entry
     * @return it as a suggestion
     */
    FaqView.Suggestion suggestion(FaqEntry entry) {
        FaqText text = entry.text();
        return new FaqView.Suggestion(entry.id(), topic(text.topic()),
                new FaqView.Texts(text.questionJa(), text.questionEn()));
    }

    private String html(String markdown) {
        return markdown == null ? null : answers.toHtml(markdown);
    }

    private static FaqView.Coded topic(Topic topic) {
        return new FaqView.Coded(topic.code(), topic.label(Locale.JAPANESE), topic.label(Locale.ENGLISH));
    }

    private static FaqView.Coded status(FaqStatus status) {
        return new FaqView.Coded(status.code(), status.label(Locale.JAPANESE), status.label(Locale.ENGLISH));
    }
}
