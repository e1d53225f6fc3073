package jp.innovationnet.portal.interfaces.rest.problem;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, written as {@code application/problem+json}. Input errors name their fields in an
 * {@code errors} member: {@code {"errors": {"name": "must not be blank"}}}.
 *
 * @param status      the HTTP status
 * @param title       a short summary of the problem type
 * @param detail      what went wrong in this occurrence
 * @param fieldErrors field (JSON property path) to message; may be empty
 */
public record Problem(int status, String title, String detail, Map<String, String> fieldErrors) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@link #MEDIA_TYPE} as a JAX-RS media type. */
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** Looked up once: {@code Json.create...} finds the provider through the service loader on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    public Problem {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    /**
     * @param status the HTTP status
     * @param title  the title
     * @param detail the detail
     * @return a problem without field errors
     */
    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, Map.of());
    }

    /**
     * @param field   the JSON property path of the bad input, e.g. {@code prefecture} or {@code contacts[0].email}
     * @param message what is wrong with it
     * @return a 400 problem naming the field
     */
    public static Problem invalidField(String field, String message) {
        return new Problem(400, "Bad Request", field + ": " + message, Map.of(field, message));
    }

    /** @return this problem as an exception a resource may throw; the mapper answers with it unchanged */
    public WebApplicationException asException() {
        return new WebApplicationException(detail, toResponse());
    }

    /** @return the problem as JSON text */
    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null && !detail.isBlank()) {
            json.add("detail", detail);
        }
        if (!fieldErrors.isEmpty()) {
            JsonObjectBuilder errors = JSON.createObjectBuilder();
            fieldErrors.forEach(errors::add);
            json.add("errors", errors);
        }
        return json.build().toString();
    }

    /** @return a JAX-RS response carrying this problem */
    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(toJson()).build();
    }
}
