package jp.innovationnet.portal.plugin.api.http;

import java.util.Map;

/**
 * Ends a request with an RFC 9457 problem: {@code application/problem+json} with the status, a title, a detail
 * and, for input errors, the fields at fault with a message each. The request's transaction rolls back.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final Map<String, String> fieldErrors;

    /**
     * @param status      a 4xx status
     * @param title       a short, human-readable summary of the problem type
     * @param detail      what went wrong in this occurrence
     * @param fieldErrors input field (JSON property path) to message; may be empty
     */
    public ProblemException(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a problem is a client error (4xx), not " + status);
        }
        this.status = status;
        this.title = title;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /**
     * @param field   the field at fault
     * @param message what is wrong with it
     * @return a 422 naming the field
     */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(422, "Invalid input", field + ": " + message, Map.of(field, message));
    }

    /**
     * @param what what was not found, e.g. "note 42"
     * @return a 404
     */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " does not exist", Map.of());
    }

    /**
     * @param detail why the caller may not do this
     * @return a 403
     */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, Map.of());
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the problem's title */
    public String title() {
        return title;
    }

    /** @return field to message, for input errors */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
