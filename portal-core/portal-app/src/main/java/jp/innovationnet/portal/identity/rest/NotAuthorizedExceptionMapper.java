package jp.innovationnet.portal.identity.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A resource that throws {@link NotAuthorizedException} answers with the 401 problem and a Bearer challenge. */
@Provider
public class NotAuthorizedExceptionMapper implements ExceptionMapper<NotAuthorizedException> {

    @Override
    public Response toResponse(NotAuthorizedException exception) {
        return Unauthorized.problem("Log in to use this resource.");
    }
}
