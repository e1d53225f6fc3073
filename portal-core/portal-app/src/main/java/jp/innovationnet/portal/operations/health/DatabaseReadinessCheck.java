package jp.innovationnet.portal.operations.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only if the core's data source answers a real query within the timeout. A failing database makes the
 * instance unready: without it no page or API call can be served.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.health.database.timeout-seconds", defaultValue = "3")
    int timeoutSeconds;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("dataSource", "jdbc/portal");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                boolean answered = result.next() && result.getInt(1) == 1;
                return response.status(answered)
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .withData("latencyMs", millisSince(started))
                        .build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down()
                    .withData("latencyMs", millisSince(started))
                    .withData("error", HealthData.describe(e))
                    .build();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
