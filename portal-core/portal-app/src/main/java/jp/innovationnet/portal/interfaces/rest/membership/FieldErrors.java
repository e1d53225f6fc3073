package jp.innovationnet.portal.interfaces.rest.membership;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * Collects what is wrong with a request body, field by field (JSON property paths such as
 * {@code profile.contacts[1].email}), so that one answer names every bad field: a 400 problem with an {@code errors}
 * member.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /**
     * @param field   the JSON property path
     * @param message what is wrong with it (the first message for a field is kept)
     */
    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** @return whether nothing was found wrong */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @return what is wrong, field by field, in the order found */
    public Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    /** @throws jakarta.ws.rs.WebApplicationException a 400 problem naming every field, if any is wrong */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new Problem(400, "Bad Request", "invalid fields: " + String.join(", ", errors.keySet()), errors)
                    .asException();
        }
    }
}
