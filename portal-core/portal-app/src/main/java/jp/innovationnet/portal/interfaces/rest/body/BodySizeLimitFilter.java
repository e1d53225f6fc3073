package jp.innovationnet.portal.interfaces.rest.body;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses request bodies of {@link BodySizeLimit} methods that are longer than {@value #MAX_BYTES} bytes with 413,
 * whether they declare their length or come chunked: at most that many bytes (plus one) are ever read.
 */
@Provider
@BodySizeLimit
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimitFilter implements ContainerRequestFilter {

    /** The largest body accepted: 64 KiB, far more than a complete application needs. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final BodyLimit LIMIT = new BodyLimit(MAX_BYTES);

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(LIMIT.problem().toResponse());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        try (var in = request.getEntityStream()) {
            request.setEntityStream(new ByteArrayInputStream(LIMIT.read(in, request.getLength())));
        } catch (BodyLimit.TooLargeException e) {
            request.abortWith(LIMIT.problem().toResponse());
        }
    }
}
