package jp.innovationnet.portal.plugin.api.event;

import jakarta.persistence.EntityManager;

import org.osgi.annotation.versioning.ConsumerType;

/** Reacts to core events; registered with {@link jp.innovationnet.portal.plugin.api.PluginContext#onCoreEvent}. */
@ConsumerType
@FunctionalInterface
public interface CoreEventListener {

    /**
     * Called once per event after the core's change committed, in a transaction of the plugin's persistence unit
     * that commits when this returns and rolls back when it throws. An exception is logged; it does not affect the
     * core or other plugins.
     *
     * @param event         the event
     * @param entityManager the entity manager of that transaction; null when the plugin has no entity classes
     * @throws Exception if the reaction failed
     */
    void onEvent(CoreEvent event, EntityManager entityManager) throws Exception;
}
