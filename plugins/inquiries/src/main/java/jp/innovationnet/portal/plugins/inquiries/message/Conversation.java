package jp.innovationnet.portal.plugins.inquiries.message;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/** The thread of an inquiry: writing to it, and reading it as staff or as the asker. */
public final class Conversation {

    private final EntityManager em;

    /** @param em the request's entity manager */
    public Conversation(EntityManager em) {
        this.em = em;
    }

    /**
     * @param inquiryId the inquiry
     * @param kind      the kind
     * @param author    who writes
     * @param text      the text, checked
     * @param now       the time
     * @return the message, with its id
     */
    public Message add(long inquiryId, MessageKind kind, Author author, String text, Instant now) {
        Message message = new Message(inquiryId, kind, author, text, now);
        em.persist(message);
        em.flush();
        return message;
    }

    /**
     * @param inquiryId the inquiry
     * @param asker     whether the asker reads it (then notes are left out, in the query)
     * @return its messages, oldest first
     */
    public List<Message> of(long inquiryId, boolean asker) {
        String notes = asker ? " AND m.kind <> 'note'" : "";
        return em.createQuery("SELECT m FROM Message m WHERE m.inquiryId = :inquiry" + notes + " ORDER BY m.id",
                Message.class).setParameter("inquiry", inquiryId).getResultList();
    }
}
