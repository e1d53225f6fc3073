package jp.innovationnet.portal.plugins.coordinators.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * "Ask the three best-matched experts": the expert finder ranks coordinators by the question's words and by its
 * fields, services, region and tags (each a term that counts, not a filter all must match); the best three other
 * than the asker get a notification, and a mail in their language when the directory knows their address (when it
 * cannot be reached, the notification alone).
 */
public final class ExpertCall {

    private static final System.Logger LOG = System.getLogger(ExpertCall.class.getName());

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
        terms.addAll(Facet.interests(content.fields(), content.services(), content.region(), content.tags()));
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
        context.notifications().send(Notifications.Recipient.user(userId), QuestionWording.message(
                QuestionWording.EXPERT_ASKED_SUBJECT, QuestionWording.EXPERT_ASKED_BODY, title, link, path));
        try {
            context.directory().person(userId).filter(p -> p.email() != null && !p.email().isBlank()).ifPresent(p ->
                    context.mail().send(new Mail.Email(p.email(), p.language(),
                            QuestionWording.EXPERT_ASKED_SUBJECT.in(p.language(), title),
                            QuestionWording.EXPERT_ASKED_BODY.in(p.language(), title, link), List.of())));
        } catch (RuntimeException unreachable) {
            // the directory (Keycloak) cannot be reached: the notification in the inbox is enough, the question stays
            LOG.log(System.Logger.Level.WARNING, "no mail to expert " + userId + " about question " + question.id(),
                    unreachable);
        }
    }
}
