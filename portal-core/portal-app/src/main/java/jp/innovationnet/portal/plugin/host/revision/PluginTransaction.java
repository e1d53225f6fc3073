package jp.innovationnet.portal.plugin.host.revision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * One transaction of a plugin's persistence unit, begun when the plugin first asks for its entity manager: a request
 * that never touches the database opens none.
 */
public final class PluginTransaction {

    private final EntityManagerFactory persistence;
    private final String pluginId;
    private EntityManager entityManager;

    PluginTransaction(EntityManagerFactory persistence, String pluginId) {
        this.persistence = persistence;
        this.pluginId = pluginId;
    }

    /**
     * @return the transaction's entity manager, its transaction begun
     * @throws IllegalStateException if the plugin has no entity classes
     */
    public EntityManager entityManager() {
        if (entityManager == null) {
            if (persistence == null) {
                throw new IllegalStateException("plugin " + pluginId + " has no entity classes");
            }
            entityManager = persistence.createEntityManager();
            entityManager.getTransaction().begin();
        }
        return entityManager;
    }

    /** @return whether the plugin could use an entity manager (it has entity classes) */
    boolean hasPersistence() {
        return persistence != null;
    }

    /** Commits, unless nothing was begun or the plugin marked it for rollback; a failed commit throws. */
    void commit() {
        if (entityManager != null && entityManager.getTransaction().isActive()
                && !entityManager.getTransaction().getRollbackOnly()) {
            entityManager.getTransaction().commit();
        }
    }

    /** Rolls back what is still open and closes the entity manager. */
    void close() {
        if (entityManager == null) {
            return;
        }
        try {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
        } finally {
            entityManager.close();
        }
    }
}
