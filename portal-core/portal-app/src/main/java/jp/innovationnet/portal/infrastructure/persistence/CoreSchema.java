package jp.innovationnet.portal.infrastructure.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;

/**
 * Applies the core's migrations ({@code db/migration/core}) when the application starts, before the plugin host
 * and before any request. A failed migration stops the application from starting.
 */
@ApplicationScoped
public class CoreSchema {

    private static final Logger LOG = Logger.getLogger(CoreSchema.class.getName());

    @Resource(lookup = "jdbc/portalNonJta")
    DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 Object started) {
        int applied = Flyway.configure(CoreSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/core")
                .table("core_schema_history")
                .cleanDisabled(true)
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(() -> "Core schema up to date (" + applied + " migrations applied now)");
    }
}
