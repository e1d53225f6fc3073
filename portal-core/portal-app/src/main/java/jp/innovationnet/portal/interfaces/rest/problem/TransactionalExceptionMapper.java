package jp.innovationnet.portal.interfaces.rest.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not commit. When a concurrent edit is the cause (an {@link OptimisticLockException}
 * at commit), the caller gets the same 409 as for a stale {@code version}; anything else is unexpected (500).
 */
@Provider
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(TransactionalException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return OptimisticLockExceptionMapper.staleVersion();
            }
        }
        return unexpected.toResponse(exception);
    }
}
