package jp.innovationnet.portal.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what waits in the outbox, every few seconds, oldest first; a mail the server refuses or cannot take is
 * tried again later with growing delays (never dropped). Runs from application start to stop on a thread of its
 * own from Liberty's managed thread factory.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;

    /** A thread of its own (container context, not a request thread): busy requests never hold mail back. */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailQueue queue;

    @Inject
    SmtpTransport transport;

    @Inject
    @ConfigProperty(name = "portal.mail.poll-millis", defaultValue = "2000")
    long pollMillis;

    private ScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        scheduler.scheduleWithFixedDelay(this::dispatchDue, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Sends every mail that is due now; one failure never stops the others. */
    void dispatchDue() {
        try {
            for (Long id : queue.due(BATCH)) {
                queue.pending(id).ifPresent(this::attempt);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail dispatch failed; trying again at the next poll", e);
        }
    }

    private void attempt(MailQueue.Pending pending) {
        try {
            transport.send(pending);
            queue.markSent(pending.id());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.INFO, () -> "Mail " + pending.id() + " to " + pending.mail().to() + " not sent yet: " + e);
            queue.markFailed(pending.id(), e.toString());
        }
    }
}
