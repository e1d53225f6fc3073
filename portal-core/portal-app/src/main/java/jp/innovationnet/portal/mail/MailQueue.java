package jp.innovationnet.portal.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The dispatcher's view of the outbox: what is due, and recording each attempt in a transaction of its own. */
@ApplicationScoped
public class MailQueue {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * @param limit how many at most
     * @return ids of unsent mails whose next attempt is due, oldest first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        return em.createQuery("select m.id from QueuedMail m where m.sentAt is null and m.nextAttemptAt <= :now "
                        + "order by m.id", Long.class)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    /**
     * @param id a queued mail
     * @return it with its attachments, unless it was sent meanwhile
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Pending> pending(long id) {
        QueuedMail mail = em.find(QueuedMail.class, id);
        if (mail == null || mail.getSentAt() != null) {
            return Optional.empty();
        }
        return Optional.of(new Pending(id, mail.getMessageId(), mail.toMail()));
    }

    /** @param id a mail the SMTP server accepted */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id) {
        em.find(QueuedMail.class, id).sent();
    }

    /**
     * @param id    a mail the SMTP server did not accept
     * @param error why
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        em.find(QueuedMail.class, id).failed(error);
    }

    /** @return how many mails wait to be sent */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long backlog() {
        return em.createQuery("select count(m) from QueuedMail m where m.sentAt is null", Long.class)
                .getSingleResult();
    }

    /**
     * A mail to send now.
     *
     * @param id        its id in the outbox
     * @param messageId its Message-ID
     * @param mail      the mail
     */
    public record Pending(long id, String messageId, OutgoingMail mail) {
    }
}
