package jp.innovationnet.portal.operations.correlation;

import java.util.Optional;

import com.ibm.websphere.logging.hpel.LogRecordContext;

/**
 * The correlation id bound to the current thread while a request is handled. Binding also registers it with
 * Liberty's {@link LogRecordContext}, so every log record written on the thread, by the portal, a plugin or Liberty
 * itself, carries it: JSON logs show it as {@code ext_correlationId}.
 */
public final class CorrelationContext {

    /** The name of the log record extension ({@code ext_correlationId} in JSON logs). */
    public static final String LOG_EXTENSION = "correlationId";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationContext() {
    }

    /** @return the id of the request handled on this thread, if any */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Binds an id to this thread until the returned scope is closed; closing restores what was bound before.
     *
     * @param correlationId the id
     * @return the scope
     */
    public static Scope bind(String correlationId) {
        String previous = CURRENT.get();
        set(correlationId);
        return () -> set(previous);
    }

    private static void set(String correlationId) {
        if (correlationId == null) {
            CURRENT.remove();
            LogRecordContext.removeExtension(LOG_EXTENSION);
        } else {
            CURRENT.set(correlationId);
            LogRecordContext.addExtension(LOG_EXTENSION, correlationId);
        }
    }

    /** A binding, closed when the request leaves the thread. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
