package jp.innovationnet.portal.interfaces.rest.problem;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures of request bodies and parameters: 422 naming each field and what is wrong with it. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fields.merge(field(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return new Problem(422, "Invalid input", "some fields are invalid: " + String.join(", ", fields.keySet()),
                fields).toResponse();
    }

    /** The JSON property at fault: the path without the resource method and its parameter ("create.arg0.name"). */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> field.setLength(0);
                default -> field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
