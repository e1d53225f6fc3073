package jp.innovationnet.portal.plugins.inquiries.rest;

import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;

import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntry;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;

/** Writes FAQ entries for the API, their answers as the portal's safe HTML. */
final class FaqViews {

    private final SafeMarkdown markdown;

    /** @param markdown the portal's policy for Markdown */
    FaqViews(SafeMarkdown markdown) {
        this.markdown = markdown;
    }

    /**
     * @param entry      an entry the caller may see
     * @param secretariat whether the caller is the secretariat (who alone sees where an entry came from)
     * @return the entry with its answers rendered
     */
    FaqView full(FaqEntry entry, boolean secretariat) {
        FaqText text = entry.text();
        return new FaqView(entry.id(), Views.Choice.of(text.topic()), Views.Choice.of(entry.status()),
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
        return new FaqView.Suggestion(entry.id(), Views.Choice.of(text.topic()),
                new FaqView.Texts(text.questionJa(), text.questionEn()));
    }

    private String html(String markdown) {
        return markdown == null ? null : this.markdown.toHtml(markdown);
    }
}
