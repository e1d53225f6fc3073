package jp.innovationnet.portal.interfaces.rest.body;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.HttpHeaders;

import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * The largest request body an endpoint accepts, declared ({@code Content-Length}) or sent in chunks: a body declared
 * longer is refused before a byte of it is read, and of any other at most the limit plus one byte is read.
 *
 * @param maxBytes the largest body accepted, in bytes
 */
public record BodyLimit(long maxBytes) {

    public BodyLimit {
        if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a body limit is 0 to 2 GiB, not " + maxBytes);
        }
    }

    /**
     * @param in             the body; read up to the limit and one byte more, not closed
     * @param declaredLength its {@code Content-Length}, or a negative number when none was given
     * @return the whole body
     * @throws TooLargeException when the body is longer than the limit
     * @throws IOException       when the body cannot be read
     */
    public byte[] read(InputStream in, long declaredLength) throws TooLargeException, IOException {
        if (declaredLength > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        // never more than the limit plus one byte; readNBytes grows its buffers as bytes come, so a short body does
        // not cost a limit-sized array
        byte[] body = in.readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        return body;
    }

    /**
     * @param headers a request's headers
     * @return its {@code Content-Length}, or -1 when it has none (chunked) or not a number
     */
    public static long declaredLength(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && length.matches("\\d{1,18}") ? Long.parseLong(length) : -1;
    }

    /** @return 413 naming the limit */
    public Problem problem() {
        return Problem.of(413, "Content Too Large", "the request body may be at most " + maxBytes + " bytes");
    }

    /** A body longer than its limit. */
    public static final class TooLargeException extends Exception {

        private static final long serialVersionUID = 1L;

        private TooLargeException(long maxBytes) {
            super("the request body is longer than " + maxBytes + " bytes");
        }
    }
}
