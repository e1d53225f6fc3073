package jp.innovationnet.portal.interfaces.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not of the shape the resource reads (a text where a list belongs...): 400
 * naming the {@code body}, without the parser's internals.
 */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.invalidField("body", "not JSON of the expected shape").toResponse();
    }
}
