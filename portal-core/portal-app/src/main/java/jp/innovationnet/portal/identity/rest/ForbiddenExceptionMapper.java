package jp.innovationnet.portal.identity.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * 403 as a problem, whether from {@link AccessFilter}, the JAX-RS runtime's own {@code @RolesAllowed} check, the
 * CSRF check or a resource. Only messages this application wrote are shown; the runtime's are replaced.
 */
@Provider
public class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException exception) {
        String message = exception.getMessage();
        String detail = message != null && message.endsWith(".") && !message.contains("RESTEASY")
                ? message : "You are not allowed to do this.";
        return Problem.of(403, "Forbidden", detail).toResponse();
    }
}
