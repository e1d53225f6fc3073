package jp.innovationnet.portal.interfaces.rest.problem;

import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An edit based on a version someone else has changed since: 409 naming the {@code version} field. The client
 * reads the record again (its current {@code version} comes with it) and redoes its edit.
 */
@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

    /** The detail every stale edit gets. */
    static final String DETAIL = "Someone changed this record since you read it: read it again and redo your edit.";

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return staleVersion();
    }

    /** @return the 409 problem of a stale edit */
    static Response staleVersion() {
        return new Problem(409, "Conflict", DETAIL, Map.of("version", "is no longer the current version"))
                .toResponse();
    }
}
