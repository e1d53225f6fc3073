package jp.innovationnet.portal.identity.sync;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the sync queue to Keycloak in the background, on one thread of its own (from Liberty's
 * {@link ManagedThreadFactory}: container context, but not a thread of the pool that serves requests): every
 * {@code portal.identity.sync.interval-ms} it takes the oldest pending task of each organization, applies it and
 * marks it done once Keycloak confirmed, and goes on with the next until nothing is due. A failed task stays
 * pending and blocks its organization's later tasks (strict order) until it succeeds; it is retried after 2, 4, 8 …
 * seconds, at most {@code portal.identity.sync.max-backoff-seconds}. Every
 * {@code portal.identity.sync.reconcile-minutes} the {@link Reconciler} looks for drift, and every
 * {@code portal.identity.sync.invitation-check-seconds} it gives invited first administrators their roles. Tasks live in the
 * database, so a restart loses nothing; one worker per application instance (run one instance, or add row locking
 * before running several).
 */
@ApplicationScoped
public class SyncWorker {

    private static final Logger LOG = Logger.getLogger(SyncWorker.class.getName());
    private static final int MAX_ROUNDS = 50;

    /** Contextual threads of the server, but not from its request pool: the worker never takes a request's thread. */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    SyncQueue queue;

    @Inject
    Reconciler reconciler;

    @Inject
    @Any
    Instance<SyncTaskHandler> handlerBeans;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.interval-ms", defaultValue = "1000")
    long intervalMs;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.max-backoff-seconds", defaultValue = "300")
    long maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.reconcile-minutes", defaultValue = "15")
    long reconcileMinutes;

    @Inject
    @ConfigProperty(name = "portal.identity.sync.invitation-check-seconds", defaultValue = "60")
    long invitationCheckSeconds;

    private final Map<SyncTask.Kind, SyncTaskHandler> handlers = new EnumMap<>(SyncTask.Kind.class);
    private ScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        handlerBeans.forEach(h -> handlers.put(h.kind(), h));
        if (!enabled) {
            LOG.warning("Identity sync is off (portal.identity.sync.enabled=false): changes queue up for Keycloak");
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        scheduler.scheduleWithFixedDelay(this::drainQuietly, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::reconcileQuietly, reconcileMinutes, reconcileMinutes,
                TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(this::grantInvitedQuietly, invitationCheckSeconds,
                invitationCheckSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
    }

    /** Applies every due task, organization by organization, in order. */
    public synchronized void drain() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var heads = queue.dueHeads();
            if (heads.isEmpty()) {
                return;
            }
            heads.forEach(this::applyOne);
        }
    }

    private void applyOne(SyncTask task) {
        try {
            handlers.get(task.getKind()).apply(task);
            queue.done(task.getId());
        } catch (RuntimeException e) {
            Duration wait = backoff(task.getAttempts() + 1, maxBackoffSeconds);
            LOG.log(Level.WARNING, e, () -> "Identity sync task " + task.getId() + " (" + task.getKind() + " of "
                    + task.getOrganizationId() + ") failed; next attempt in " + wait.toSeconds() + " s: " + e.getMessage());
            queue.failed(task.getId(), String.valueOf(e.getMessage()), wait);
        }
    }

    /**
     * @param attempts   how many attempts failed so far (at least 1)
     * @param maxSeconds the cap
     * @return how long to wait before the next attempt: 2, 4, 8 … seconds, capped
     */
    static Duration backoff(int attempts, long maxSeconds) {
        long seconds = attempts >= 30 ? maxSeconds : Math.min(maxSeconds, 1L << Math.max(1, attempts));
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Identity sync round failed", e);
        }
    }

    private void grantInvitedQuietly() {
        try {
            reconciler.grantInvitedAdministrators();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Invited administrators not checked now: " + e.getMessage(), e);
        }
    }

    private void reconcileQuietly() {
        try {
            reconciler.reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Identity reconcile failed: " + e.getMessage(), e);
        }
    }
}
