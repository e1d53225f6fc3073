package jp.innovationnet.portal.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for something the server does on its own time (it scans the plugins directory every 2 s). */
public final class Await {

    private Await() {
    }

    /**
     * @param what      what is awaited, for the failure message
     * @param timeout   how long at most
     * @param condition the condition
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
        fail("timed out after " + timeout + " waiting for " + what);
    }
}
