package jp.innovationnet.portal.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns JAX-RS' own errors (404 unknown path, 405, 415, 403 from role checks...) into problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity() && Problem.MEDIA.isCompatible(original.getMediaType())) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        Response problem = Problem.of(status.getStatusCode(), status.getReasonPhrase(), exception.getMessage())
                .toResponse();
        return Response.fromResponse(problem).replaceAll(null).type(Problem.MEDIA)
                .entity(problem.getEntity()).build();
    }
}
