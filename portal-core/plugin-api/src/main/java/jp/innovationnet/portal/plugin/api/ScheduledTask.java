package jp.innovationnet.portal.plugin.api;

import jakarta.persistence.EntityManager;

import org.osgi.annotation.versioning.ConsumerType;

/** Work a plugin has the core run periodically; registered with {@link PluginContext#schedule} (since contract 1.2). */
@ConsumerType
@FunctionalInterface
public interface ScheduledTask {

    /**
     * One run, in a transaction of the plugin's persistence unit that commits when this returns and rolls back when
     * it throws, as the system (no caller). An exception is logged; the task runs again at its next time.
     *
     * @param entityManager the entity manager of that transaction; null when the plugin has no entity classes
     * @throws Exception if the run failed
     */
    void run(EntityManager entityManager) throws Exception;
}
