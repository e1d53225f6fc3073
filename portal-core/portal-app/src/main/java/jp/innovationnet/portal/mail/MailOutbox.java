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
        String messageId = "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">";
        em.persist(new QueuedMail(mail, messageId));
        return messageId;
    }
}
