package jp.innovationnet.portal.operations.health;

import java.sql.SQLException;

/** Helpers for health check data: short, and free of anything secret. */
final class HealthData {

    private static final int MAX_MESSAGE = 200;

    private HealthData() {
    }

    /**
     * @param failure what went wrong
     * @return the exception's simple class name, SQL state if any, and its message cut to a sane length
     */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            text.append(" [").append(sql.getSQLState()).append(']');
        }
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            String oneLine = message.strip().replaceAll("\\s+", " ");
            text.append(": ").append(oneLine.length() > MAX_MESSAGE ? oneLine.substring(0, MAX_MESSAGE) + "…" : oneLine);
        }
        return text.toString();
    }
}
