package jp.innovationnet.portal.operations.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that ties together every log line, access log entry and downstream call of one request. A caller
 * may supply one in {@value #HEADER}; it is taken only if well formed (8 to 64 characters: letters, digits and
 * {@code . _ : -}, starting with a letter or digit), so nothing a client sends can forge or break a log line.
 */
public final class CorrelationId {

    /** The request and response header. */
    public static final String HEADER = "X-Correlation-Id";

    /** The request attribute under which the current request's id is also available. */
    public static final String REQUEST_ATTRIBUTE = CorrelationId.class.getName();

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,63}");

    private CorrelationId() {
    }

    /**
     * @param headerValue the header as received; may be {@code null}
     * @return the id, if the value is well formed (surrounding blanks are ignored)
     */
    public static Optional<String> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String candidate = headerValue.strip();
        return WELL_FORMED.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** @return a new random id (a UUID) */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /**
     * @param headerValue the header as received; may be {@code null}
     * @return the caller's id if well formed, else a new one
     */
    public static String fromHeaderOrNew(String headerValue) {
        return parse(headerValue).orElseGet(CorrelationId::generate);
    }
}
