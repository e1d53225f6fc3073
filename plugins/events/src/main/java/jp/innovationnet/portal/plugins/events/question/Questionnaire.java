package jp.innovationnet.portal.plugins.events.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * The questions of events, in the request's transaction. An edit sends the whole list: a question with an id is
 * changed in place (its id stays), one without is added with a new id, and one left out is removed but kept for
 * the answers it has. A question that has answers keeps its type, and a choice with answers keeps at least its
 * options (new ones may be added, labels reworded).
 */
public final class Questionnaire {

    /** How many questions an event may ask. */
    public static final int MAX_QUESTIONS = 30;

    private final EntityManager em;

    /** @param em the request's entity manager */
    public Questionnaire(EntityManager em) {
        this.em = em;
    }

    /**
     * @param eventId an event
     * @return the questions it asks, in order (not the removed ones)
     */
    public List<Question> asked(long eventId) {
        return all(eventId).stream().filter(q -> !q.removed()).toList();
    }

    /**
     * Replaces the questions an event asks.
     *
     * @param eventId  the event
     * @param drafts   the questions it asks from now on, in order
     * @param answered ids of its questions that have answers
     * @return the questions it asks now
     * @throws QuestionChangeException naming every question refused; nothing is changed then
     */
    public List<Question> revise(long eventId, List<QuestionDraft> drafts, Set<String> answered) {
        List<Question> added = plan(eventId, all(eventId), drafts, answered);
        added.forEach(em::persist);
        em.flush();
        return asked(eventId);
    }

    /**
     * Applies the drafts to the event's questions, once all are found acceptable.
     *
     * @return the questions to add
     */
    static List<Question> plan(long eventId, List<Question> all, List<QuestionDraft> drafts, Set<String> answered) {
        Map<String, Question> current = all.stream().filter(q -> !q.removed())
                .collect(Collectors.toMap(Question::key, Function.identity()));
        List<QuestionChangeException.Refusal> refusals = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            Optional<String> id = draft.id();
            if (id.isEmpty()) {
                continue;
            }
            Question question = current.get(id.get());
            if (question == null || !kept.add(id.get())) {
                refusals.add(new QuestionChangeException.Refusal(i, "id", QuestionChangeException.Reason.UNKNOWN_ID));
            } else if (answered.contains(id.get()) && question.type() != draft.type()) {
                refusals.add(new QuestionChangeException.Refusal(i, "type",
                        QuestionChangeException.Reason.TYPE_ANSWERED));
            } else if (answered.contains(id.get()) && draft.options().size() < question.options().size()) {
                refusals.add(new QuestionChangeException.Refusal(i, "options",
                        QuestionChangeException.Reason.OPTIONS_ANSWERED));
            }
        }
        if (!refusals.isEmpty()) {
            throw new QuestionChangeException(refusals);
        }
        current.values().stream().filter(q -> !kept.contains(q.key())).forEach(Question::remove);
        int next = all.stream().mapToInt(q -> Integer.parseInt(q.key().substring(1))).max().orElse(0) + 1;
        List<Question> added = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            if (draft.id().isPresent()) {
                current.get(draft.id().get()).apply(i, draft);
            } else {
                added.add(new Question(eventId, "q" + next++, i, draft));
            }
        }
        return added;
    }

    private List<Question> all(long eventId) {
        return em.createQuery("select q from Question q where q.eventId = :event order by q.position, q.id",
                Question.class).setParameter("event", eventId).getResultList();
    }
}
