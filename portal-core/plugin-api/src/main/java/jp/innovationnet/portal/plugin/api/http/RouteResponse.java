package jp.innovationnet.portal.plugin.api.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a route answers: a status, an optional body written as JSON by the core (or, when it is a {@link Content},
 * as it is), and headers.
 *
 * @param status  the HTTP status
 * @param body    the object to write as JSON, or a {@link Content} to write unchanged; empty for no body
 * @param headers extra headers
 */
public record RouteResponse(int status, Optional<Object> body, Map<String, String> headers) {

    public RouteResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status " + status);
        }
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /**
     * @param body the body
     * @return 200 with the body
     */
    public static RouteResponse ok(Object body) {
        return new RouteResponse(200, Optional.of(body), Map.of());
    }

    /**
     * @param location where the new resource is, relative to the request URI or absolute
     * @param body     the new resource
     * @return 201 with a Location header
     */
    public static RouteResponse created(URI location, Object body) {
        return new RouteResponse(201, Optional.of(body), Map.of("Location", location.toString()));
    }

    /**
     * @param mediaType the body's media type, e.g. {@code text/calendar; charset=UTF-8}
     * @param bytes     the body
     * @return 200 with a body that is not JSON (a calendar file, a CSV export...)
     * @since contract 1.1
     */
    public static RouteResponse content(String mediaType, byte[] bytes) {
        return new RouteResponse(200, Optional.of(new Content(mediaType, bytes)), Map.of());
    }

    /** @return 204 without a body */
    public static RouteResponse noContent() {
        return new RouteResponse(204, Optional.empty(), Map.of());
    }

    /**
     * @param name  a header name
     * @param value its value
     * @return this response with the header added
     */
    public RouteResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RouteResponse(status, body, more);
    }

    /**
     * A body the core writes byte for byte with its own media type instead of as JSON.
     *
     * @param mediaType the media type, e.g. {@code text/calendar; charset=UTF-8}
     * @param bytes     the body
     * @since contract 1.1
     */
    public record Content(String mediaType, byte[] bytes) {

        public Content {
            Objects.requireNonNull(mediaType, "mediaType");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
