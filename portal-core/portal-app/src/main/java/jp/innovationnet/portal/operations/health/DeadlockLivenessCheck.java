package jp.innovationnet.portal.operations.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked: the one state a restart fixes and waiting does not. Dependencies (database,
 * Keycloak) are deliberately not part of liveness, or their outage would restart healthy instances in a loop.
 */
@Liveness
@ApplicationScoped
public class DeadlockLivenessCheck implements HealthCheck {

    static final String NAME = "deadlocks";

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.isSynchronizerUsageSupported()
                ? threads.findDeadlockedThreads()
                : threads.findMonitorDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return HealthCheckResponse.named(NAME).status(count == 0).withData("deadlockedThreads", count).build();
    }
}
