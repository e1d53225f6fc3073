package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.question.Question;
import jp.innovationnet.portal.plugins.coordinators.question.QuestionContent;

/**
 * A question as its readers see it (in a list without its answers).
 *
 * @param id               its id
 * @param title            one line
 * @param body             the question as written
 * @param bodyHtml         the question, Markdown as safe HTML
 * @param fields           fields of activity, labelled
 * @param services         kinds of support, labelled
 * @param region           the region, labelled; null for anywhere
 * @param tags             free tags as typed
 * @param askerName        who asked
 * @param mine             whether the reader asked it (and may accept an answer)
 * @param answerCount      how many answers it has
 * @param acceptedAnswerId the accepted answer, or null
 * @param expertsAsked     how many experts were asked to answer
 * @param escalated        whether it went to the secretariat for want of an answer
 * @param createdAt        when it was asked
 * @param answers          its answers (accepted first, then by votes, then oldest first); empty in a list
 */
public record QuestionView(long id, String title, String body, String bodyHtml, List<Label> fields,
                           List<Label> services, Label region, List<String> tags, String askerName,
                           boolean mine, int answerCount, Long acceptedAnswerId, int expertsAsked,
                           boolean escalated, Instant createdAt, List<AnswerView> answers) {

    /**
     * @param question the question
     * @param readerId who reads
     * @param locale   their language
     * @param markdown the portal's Markdown policy
     * @param answers  its answers as the reader sees them; empty in a list
     * @return its view
     */
    static QuestionView of(Question question, String readerId, Locale locale, SafeMarkdown markdown,
                           List<AnswerView> answers) {
        QuestionContent content = question.content();
        return new QuestionView(question.id(), content.title(), content.body(), markdown.toHtml(content.body()),
                Labels.of(ActivityField.values(), content.fields(), locale),
                Labels.of(SupportService.values(), content.services(), locale),
                content.region() == null ? null : Labels.of(Region.values(), content.region(), locale),
                content.tags(), question.askerName(), question.askerId().equals(readerId), question.answerCount(),
                question.acceptedAnswerId(), question.askedExperts().size(), question.escalatedAt() != null,
                question.createdAt(), answers);
    }
}
