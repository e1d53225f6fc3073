package jp.innovationnet.portal.plugin.api.kit;

import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.RouteRequest;

/**
 * Which page of a list a request asks for, from the query parameters {@code offset} (0 by default) and
 * {@code limit}; a value that is not a whole number in range is a field error. Every plugin list pages this way and
 * answers with a {@link Page}.
 *
 * @param offset how many to skip
 * @param limit  how many at most
 */
public record PageRequest(int offset, int limit) {

    /** The limit when the request names none. */
    public static final int DEFAULT_LIMIT = 50;

    /** The largest limit. */
    public static final int MAX_LIMIT = 100;

    /**
     * @param offset at least 0
     * @param limit  1 to {@link #MAX_LIMIT}
     */
    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /**
     * @param request the request with the query parameters
     * @param errors  where a bad value is reported (the default is used meanwhile)
     * @return the page asked for
     */
    public static PageRequest of(RouteRequest request, FieldErrors errors) {
        return new PageRequest(number(request, errors, "offset", 0, Integer.MAX_VALUE),
                number(request, errors, "limit", DEFAULT_LIMIT, MAX_LIMIT));
    }

    private static int number(RouteRequest request, FieldErrors errors, String name, int fallback, int max) {
        Optional<String> text = request.queryParam(name);
        if (text.isEmpty()) {
            return fallback;
        }
        int min = "limit".equals(name) ? 1 : 0;
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, KitWording.OUT_OF_RANGE, min, max);
        return fallback;
    }
}
