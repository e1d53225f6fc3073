package jp.innovationnet.portal.plugins.inquiries.canned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** The canned replies in the request's transaction. */
public final class CannedReplies {

    private final EntityManager em;

    /** @param em the request's entity manager */
    public CannedReplies(EntityManager em) {
        this.em = em;
    }

    /**
     * @param topic a topic, or null for all replies
     * @return the replies for that topic and those for any topic (all replies when no topic is given), by id
     */
    public List<CannedReply> list(Topic topic) {
        if (topic == null) {
            return em.createQuery("SELECT c FROM CannedReply c ORDER BY c.id", CannedReply.class).getResultList();
        }
        return em.createQuery("SELECT c FROM CannedReply c WHERE c.topic = :topic OR c.topic IS NULL ORDER BY c.id",
                CannedReply.class).setParameter("topic", topic.code()).getResultList();
    }

    /** @param id a reply id @return the reply */
    public Optional<CannedReply> find(long id) {
        return Optional.ofNullable(em.find(CannedReply.class, id));
    }

    /**
     * @param draft what the new reply says
     * @param now   the time
     * @return the reply, with its id
     */
    public CannedReply add(ReplyDraft draft, Instant now) {
        CannedReply reply = new CannedReply(draft, now);
        em.persist(reply);
        em.flush();
        return reply;
    }

    /**
     * @param reply a reply
     * @param draft what it says from now on
     * @param now   the time
     */
    public void change(CannedReply reply, ReplyDraft draft, Instant now) {
        reply.change(draft, now);
        em.flush();
    }

    /** @param reply a reply to delete */
    public void remove(CannedReply reply) {
        em.remove(reply);
    }
}
