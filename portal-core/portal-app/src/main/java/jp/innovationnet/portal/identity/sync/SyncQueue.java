package jp.innovationnet.portal.identity.sync;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The durable queue of changes Keycloak must follow. {@link #enqueue} joins the caller's transaction (the outbox:
 * the task exists if and only if the change committed); the worker takes each organization's oldest pending task.
 */
@ApplicationScoped
public class SyncQueue {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * @param organizationId the organization whose queue the task joins
     * @param kind           what it does
     * @param payload        the desired state
     * @return the task
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SyncTask enqueue(String organizationId, SyncTask.Kind kind, JsonObject payload) {
        SyncTask task = new SyncTask(organizationId, kind, payload.toString());
        em.persist(task);
        // the id (identity column) is the order of application: insert now, or EclipseLink may insert the tasks of
        // one transaction in another order than they were queued
        em.flush();
        return task;
    }

    /** @return the oldest pending task of each organization whose next attempt is due, oldest first */
    @Transactional
    public List<SyncTask> dueHeads() {
        return em.createQuery("select t from SyncTask t where t.status = :pending and t.nextAttemptAt <= :now"
                        + " and t.id in (select min(h.id) from SyncTask h where h.status = :pending"
                        + " group by h.organizationId) order by t.id", SyncTask.class)
                .setParameter("pending", SyncTask.Status.PENDING)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setMaxResults(100).getResultList();
    }

    /** @param id a task Keycloak confirmed */
    @Transactional
    public void done(long id) {
        em.find(SyncTask.class, id).done();
    }

    /** @param id a task that failed @param error why @param wait how long until the next attempt */
    @Transactional
    public void failed(long id, String error, Duration wait) {
        em.find(SyncTask.class, id).failed(error, wait);
    }

    /** @param organizationId an organization @return whether it has tasks not applied yet */
    @Transactional
    public boolean hasPending(String organizationId) {
        return !em.createQuery("select t.id from SyncTask t where t.status = :pending and t.organizationId = :org",
                        Long.class).setParameter("pending", SyncTask.Status.PENDING)
                .setParameter("org", organizationId).setMaxResults(1).getResultList().isEmpty();
    }

    /** @return the tasks not applied yet, oldest first (at most 500) */
    @Transactional
    public List<SyncTask> pending() {
        return em.createQuery("select t from SyncTask t where t.status = :pending order by t.id", SyncTask.class)
                .setParameter("pending", SyncTask.Status.PENDING).setMaxResults(500).getResultList();
    }

    /** @param organizationId an organization @return its tasks, oldest first (at most 500) */
    @Transactional
    public List<SyncTask> of(String organizationId) {
        return em.createQuery("select t from SyncTask t where t.organizationId = :org order by t.id", SyncTask.class)
                .setParameter("org", organizationId).setMaxResults(500).getResultList();
    }

    /** @return how many tasks are in each status, and how many pending ones have failed at least once */
    @Transactional
    public Counts counts() {
        long pending = count("select count(t) from SyncTask t where t.status = :s", SyncTask.Status.PENDING);
        long failing = count("select count(t) from SyncTask t where t.status = :s and t.attempts > 0",
                SyncTask.Status.PENDING);
        long done = count("select count(t) from SyncTask t where t.status = :s", SyncTask.Status.DONE);
        return new Counts(pending, failing, done);
    }

    private long count(String query, SyncTask.Status status) {
        return em.createQuery(query, Long.class).setParameter("s", status).getSingleResult();
    }

    /**
     * @param pending tasks not applied yet
     * @param failing pending tasks that failed at least once (they are retried with backoff)
     * @param done    tasks applied
     */
    public record Counts(long pending, long failing, long done) {
    }
}
