package jp.innovationnet.portal.plugins.coordinators.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.text.TagFolding;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * "Ask the three best-matched experts": the expert finder ranks coordinators by the question's words and by its
 * fields, services, region and tags (each a term that counts, not a filter all must match); the best three other
 * than the asker get a notification, and a mail in their language when the directory knows their address.
 */
public final class ExpertCall {

    /** How many experts are asked. */
    public static final int EXPERTS = 3;

    private final PluginContext context;
    private final Terms analysis;

    /**
     * @param context  the plugin's context (directory, notifications, mail)
     * @param analysis how texts become search terms
     */
    public ExpertCall(PluginContext context, Terms analysis) {
        this.context = context;
        this.analysis = analysis;
    }

    /**
     * Asks the best-matched experts and records whom on the question.
     *
     * @param em       the request's entity manager
     * @param question the question, saved
     * @return the user ids asked, best first
     */
    public List<String> ask(EntityManager em, Question question) {
        QuestionContent content = question.content();
        Set<String> terms = new LinkedHashSet<>();
        analysis.ofQuery(content.title() + "\n" + content.body()).forEach(t -> terms.add(IndexedTerms.word(t)));
        content.fields().forEach(code -> terms.add(Facet.FIELD.term(code)));
        content.services().forEach(code -> terms.add(Facet.SERVICE.term(code)));
        if (content.region() != null) {
            terms.add(Facet.REGION.term(content.region()));
        }
        content.tags().forEach(tag -> terms.add(Facet.TAG.term(TagFolding.fold(tag))));
        List<String> asked = new ArrayList<>();
        for (Hit hit : Search.experts(em, Audience.NETWORK.rank(), terms, List.of())) {
            if (asked.size() == EXPERTS) {
                break;
            }
            if (!hit.id().equals(question.askerId())) {
                asked.add(hit.id());
            }
        }
        question.askedExperts(asked);
        asked.forEach(userId -> tell(userId, question));
        return asked;
    }

    private void tell(String userId, Question question) {
        String title = question.content().title();
        String path = "/p/coordinators/questions?id=" + question.id();
        String link = context.portalUrl(path).toString();
        context.notifications().send(Notifications.Recipient.user(userId), new Notifications.Message(
                QuestionWording.EXPERT_ASKED_SUBJECT.in(Locale.JAPANESE, title),
                QuestionWording.EXPERT_ASKED_SUBJECT.in(Locale.ENGLISH, title),
                QuestionWording.EXPERT_ASKED_BODY.in(Locale.JAPANESE, title, link),
                QuestionWording.EXPERT_ASKED_BODY.in(Locale.ENGLISH, title, link), path));
        context.directory().person(userId).filter(p -> p.email() != null && !p.email().isBlank()).ifPresent(p ->
                context.mail().send(new Mail.Email(p.email(), p.language(),
                        QuestionWording.EXPERT_ASKED_SUBJECT.in(p.language(), title),
                        QuestionWording.EXPERT_ASKED_BODY.in(p.language(), title, link), List.of())));
    }
}
