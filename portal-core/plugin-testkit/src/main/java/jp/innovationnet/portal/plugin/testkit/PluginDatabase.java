package jp.innovationnet.portal.plugin.testkit;

import java.net.URL;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.runtime.PluginPersistenceUnit;

/**
 * A fresh in-memory database for one plugin: H2 in PostgreSQL mode (as the portal's embedded default), the plugin's
 * migrations ({@value PortalPlugin#MIGRATIONS_PATH} on the test's class path) applied by Flyway with the plugin's own
 * history table, and its entities mapped by the portal's own {@link PluginPersistenceUnit}.
 */
public final class PluginDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    private PluginDatabase(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * @param pluginId the plugin's id, naming its migration history
     * @param entities its entity classes, at least one
     * @return the migrated database
     * @throws org.flywaydb.core.api.FlywayException if a migration fails
     */
    public static PluginDatabase migrated(String pluginId, Set<Class<?>> entities) {
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("a plugin without entities has no database");
        }
        Class<?> anEntity = entities.iterator().next();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + pluginId + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ClassLoader loader = anEntity.getClassLoader();
        Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + PortalPlugin.MIGRATIONS_PATH)
                .table("plugin_" + pluginId.replace('-', '_').toLowerCase(Locale.ROOT) + "_schema_history")
                .cleanDisabled(true)
                .load()
                .migrate();
        URL root = anEntity.getProtectionDomain().getCodeSource().getLocation();
        return new PluginDatabase(PluginPersistenceUnit.open("test-" + pluginId + "-" + UUID.randomUUID(), root,
                loader, entities, dataSource));
    }

    /** @return the entity manager factory, for work a test does around the plugin's own */
    public EntityManagerFactory factory() {
        return factory;
    }

    /**
     * @param work what to do in one transaction, committed when it returns
     * @param <T>  its result
     * @return its result
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** @param work what to do in one transaction, committed when it returns */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
