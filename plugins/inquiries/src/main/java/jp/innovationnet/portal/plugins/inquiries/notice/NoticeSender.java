package jp.innovationnet.portal.plugins.inquiries.notice;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.service.Mail;

/**
 * Drains the notices: each pending row goes to the portal's outbox with {@link Mail#sendOnce} under its own key and
 * is marked sent. A run interrupted before its commit sends the same rows again, which the outbox ignores; the
 * outbox retries what the SMTP server refuses.
 */
public final class NoticeSender implements ScheduledTask {

    /** How often pending notices are sent. */
    public static final Duration PERIOD = Duration.ofSeconds(5);
    private static final int BATCH = 100;

    private final Mail mail;
    private final Clock clock;

    /** @param mail the portal's outbox @param clock the time */
    public NoticeSender(Mail mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void run(EntityManager em) {
        List<Notice> pending = em.createQuery("SELECT n FROM Notice n WHERE n.sentAt IS NULL ORDER BY n.id",
                Notice.class).setMaxResults(BATCH).getResultList();
        for (Notice notice : pending) {
            mail.sendOnce(notice.key(), notice.email());
            notice.sent(clock.instant());
        }
    }
}
