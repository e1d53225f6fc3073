package jp.innovationnet.portal.mail;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Where the portal's features put the mails they send. A mail is stored in the caller's transaction (or a new one)
 * and handed to the SMTP server after commit by {@link MailDispatcher}; if the transaction rolls back, the mail is
 * never sent. Delivery is at least once: a mail the server accepted just before a crash may be sent again, with the
 * same Message-ID.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MailSettings settings;

    /**
     * @param mail the mail to send
     * @return the Message-ID it will carry
     */
    @Transactional
    public String enqueue(OutgoingMail mail) {
        String messageId = messageId();
        em.persist(new QueuedMail(mail, messageId));
        return messageId;
    }

    /**
     * Queues a mail at most once for a key, ever, in a transaction of its own (committed when this returns). Two
     * concurrent calls with the same key: one queues, the other fails on the key's unique index and rolls back;
     * {@link #isQueued} then tells the caller the mail was queued by the other.
     *
     * @param onceKey what the mail is about, unique among all mails sent once, at most 300 characters
     * @param mail    the mail
     * @return whether it was queued now (false: a mail with this key was queued before)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean enqueueOnce(String onceKey, OutgoingMail mail) {
        if (isQueued(onceKey)) {
            return false;
        }
        em.persist(new QueuedMail(mail, messageId(), onceKey));
        em.flush();
        return true;
    }

    /**
     * @param onceKey a key given to {@link #enqueueOnce}
     * @return whether a mail with that key is in the outbox (queued or sent)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isQueued(String onceKey) {
        return em.createQuery("select count(m) from QueuedMail m where m.onceKey = :key", Long.class)
                .setParameter("key", onceKey).getSingleResult() > 0;
    }

    private String messageId() {
        return "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">";
    }
}
