package jp.innovationnet.portal.interfaces.rest.membership.dues;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.dues.DuesRuleException;

/** Answers a broken dues rule with a problem detail in the caller's language, naming the field at fault. */
@Provider
public class DuesRuleExceptionMapper implements ExceptionMapper<DuesRuleException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(DuesRuleException e) {
        String message = e.message(CurrentCaller.locale(request));
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
        String title = switch (e.kind()) {
            case INVALID -> "Bad Request";
            case NOT_FOUND -> "Not Found";
            case CONFLICT -> "Conflict";
            case UNAVAILABLE -> "Service Unavailable";
        };
        Map<String, String> fields = e.field().map(f -> Map.of(f, message)).orElse(Map.of());
        String detail = e.field().map(f -> f + ": " + message).orElse(message);
        return new Problem(status, title, detail, fields).toResponse();
    }
}
