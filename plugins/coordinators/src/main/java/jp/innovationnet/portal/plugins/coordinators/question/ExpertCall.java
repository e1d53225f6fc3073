package jp.innovationnet.portal.plugins.coordinators.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.notice.CoordinatorNotice;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * "Ask the three best-matched experts": the expert finder ranks coordinators by the question's words and by its
 * fields, services, region and tags (each a term that counts, not a filter all must match); the best three other
 * than the asker are told ({@link CoordinatorNotice}: a notification, and a mail in their language).
 */
public final class ExpertCall {

    /** How many experts are asked. */
    public static final int EXPERTS = 3;

    private final CoordinatorNotice notice;
    private final Terms analysis;

    /**
     * @param context  the plugin's context (directory, notifications, mail)
     * @param analysis how texts become search terms
     */
    public ExpertCall(PluginContext context, Terms analysis) {
        this.notice = new CoordinatorNotice(context);
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
        notice.tell(userId, QuestionWording.message(QuestionWording.EXPERT_ASKED_SUBJECT,
                QuestionWording.EXPERT_ASKED_BODY, title, null, "/p/coordinators/questions?id=" + question.id()));
    }
}
