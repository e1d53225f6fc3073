package jp.innovationnet.portal.plugins.coordinators.question;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.TermIndex;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Questions kept with their answers and votes. A question's words and its answers' are its search terms (for
 * members' staff and the network, who read every question), written in the transaction that writes them; an
 * accepted answer's words also count for its author's expertise.
 */
public final class Questions {

    /** Who may find a question by its terms: members' staff and the network read every question. */
    public static final Audience READERS = Audience.MEMBERS;

    private final Terms analysis;

    /** @param analysis how texts become search terms */
    public Questions(Terms analysis) {
        this.analysis = analysis;
    }

    /**
     * @param em the request's entity manager
     * @param id a question id
     * @return the question
     */
    public Optional<Question> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    /**
     * @param em  the request's entity manager
     * @param ids question ids
     * @return those questions
     */
    public List<Question> findAll(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q from Question q where q.id in :ids", Question.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * @param em the request's entity manager
     * @param id an answer id
     * @return the answer
     */
    public Optional<Answer> findAnswer(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Answer.class, id));
    }

    /**
     * @param em         the request's entity manager
     * @param questionId a question
     * @return its answers, oldest first
     */
    public List<Answer> answersTo(EntityManager em, long questionId) {
        return em.createQuery("select a from Answer a where a.questionId = :q order by a.id", Answer.class)
                .setParameter("q", questionId).getResultList();
    }

    /**
     * @param em    the request's entity manager
     * @param asked the new question
     * @return it, with its id, indexed
     */
    public Question add(EntityManager em, Question asked) {
        em.persist(asked);
        em.flush();
        index(em, asked, List.of());
        return asked;
    }

    /**
     * @param em       the request's entity manager
     * @param question the question answered
     * @param answer   the new answer
     * @return it, with its id; the question is indexed again with it
     */
    public Answer answer(EntityManager em, Question question, Answer answer) {
        em.persist(answer);
        question.answered();
        em.flush();
        index(em, question, answersTo(em, question.id()));
        return answer;
    }

    /**
     * Records a person's vote on an answer, replacing an earlier one of theirs.
     *
     * @param em      the request's entity manager
     * @param answer  the answer
     * @param voterId who votes
     * @param vote    +1 or -1
     * @throws QuestionRefusal for a vote on one's own answer
     */
    public void vote(EntityManager em, Answer answer, String voterId, int vote) {
        if (answer.authorId().equals(voterId)) {
            throw new QuestionRefusal(QuestionRefusal.Reason.OWN_ANSWER);
        }
        // votes on one answer wait for each other, so that each sum counts the votes committed before it
        em.lock(answer, LockModeType.PESSIMISTIC_WRITE);
        em.createNativeQuery("DELETE FROM coordinators_vote WHERE answer_id = ? AND voter_id = ?")
                .setParameter(1, answer.id()).setParameter(2, voterId).executeUpdate();
        em.createNativeQuery("INSERT INTO coordinators_vote (answer_id, voter_id, vote) VALUES (?, ?, ?)")
                .setParameter(1, answer.id()).setParameter(2, voterId).setParameter(3, vote).executeUpdate();
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(vote), 0) FROM coordinators_vote"
                + " WHERE answer_id = ?").setParameter(1, answer.id()).getSingleResult();
        answer.score(sum.intValue());
    }

    /**
     * @param em         the request's entity manager
     * @param questionId a question
     * @param voterId    a reader
     * @return their votes on its answers, by answer id
     */
    public Map<Long, Integer> votesOf(EntityManager em, long questionId, String voterId) {
        Map<Long, Integer> votes = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT v.answer_id, v.vote FROM coordinators_vote v"
                        + " JOIN coordinators_answer a ON a.id = v.answer_id WHERE a.question_id = ? AND v.voter_id = ?")
                .setParameter(1, questionId).setParameter(2, voterId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            votes.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        return votes;
    }

    /**
     * The asker accepts one answer (another one later replaces it); its words then count for its author's
     * expertise.
     *
     * @param em       the request's entity manager
     * @param question the question
     * @param answer   one of its answers
     * @param userId   who accepts
     * @param now      when
     * @throws QuestionRefusal unless the asker accepts one of the question's answers
     */
    public void accept(EntityManager em, Question question, Answer answer, String userId, Instant now) {
        if (answer.questionId() != question.id()) {
            throw new QuestionRefusal(QuestionRefusal.Reason.OTHER_QUESTION);
        }
        Long earlier = question.acceptedAnswerId();
        question.accept(userId, answer, now);
        if (earlier != null) {
            TermIndex.remove(em, TermIndex.Kind.ANSWER, String.valueOf(earlier));
        }
        TermIndex.replace(em, TermIndex.Kind.ANSWER, String.valueOf(answer.id()), answer.authorId(),
                new IndexedTerms(analysis).words(answer.body(), READERS));
    }

    /**
     * @param em     the task's entity manager
     * @param before asked before this time
     * @return the questions without an answer that have not gone to the secretariat, oldest first
     */
    public List<Question> unansweredBefore(EntityManager em, Instant before) {
        return em.createQuery("select q from Question q where q.answerCount = 0 and q.escalatedAt is null"
                        + " and q.createdAt < :before order by q.createdAt, q.id", Question.class)
                .setParameter("before", before.atOffset(ZoneOffset.UTC)).setMaxResults(500).getResultList();
    }

    /**
     * Marks a question as gone to the secretariat, once: of two servers that try at once, one finds it marked.
     *
     * @param em the task's entity manager
     * @param id the question
     * @param now when
     * @return whether this call marked it (and so is the one to tell the secretariat)
     */
    public boolean markEscalated(EntityManager em, long id, Instant now) {
        return em.createNativeQuery("UPDATE coordinators_question SET escalated_at = ? WHERE id = ?"
                        + " AND escalated_at IS NULL AND answer_count = 0")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate() == 1;
    }

    private void index(EntityManager em, Question question, List<Answer> answers) {
        QuestionContent content = question.content();
        IndexedTerms terms = new IndexedTerms(analysis).words(content.title(), READERS)
                .words(content.body(), READERS)
                .codes(Facet.FIELD, content.fields(), READERS)
                .codes(Facet.SERVICE, content.services(), READERS)
                .codes(Facet.REGION, content.region() == null ? List.of() : List.of(content.region()), READERS)
                .tags(content.tags(), READERS);
        answers.forEach(answer -> terms.words(answer.body(), READERS));
        TermIndex.replace(em, TermIndex.Kind.QUESTION, String.valueOf(question.id()), question.askerId(), terms);
    }
}
