package jp.innovationnet.portal.interfaces.rest.membership.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import jp.innovationnet.portal.interfaces.rest.problem.Problem;

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

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                request.abortWith(tooLarge());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static jakarta.ws.rs.core.Response tooLarge() {
        return Problem.of(413, "Content Too Large", "the request body may be at most " + MAX_BYTES + " bytes")
                .toResponse();
    }
}
