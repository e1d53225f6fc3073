package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.RouteRequest;

/**
 * Which page of a list a request asks for: {@code offset} (0 by default) and {@code limit} (50 by default, at most
 * 100); a value that is not a whole number in range is a field error.
 *
 * @param offset how many to skip
 * @param limit  how many at most
 */
record Paging(int offset, int limit) {

    /** The largest page. */
    static final int MAX_LIMIT = 100;

    /**
     * @param request the request with the query parameters
     * @param errors  where a bad value is reported (the page falls back to the default meanwhile)
     * @return the page asked for
     */
    static Paging of(RouteRequest request, FieldErrors errors) {
        return new Paging(number(request, errors, "offset", 0, Integer.MAX_VALUE),
                number(request, errors, "limit", 50, MAX_LIMIT));
    }

    private static int number(RouteRequest request, FieldErrors errors, String name, int fallback, int max) {
        Optional<String> text = request.queryParam(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < 0 || value > max) {
                errors.add(name, Wording.NOT_A_NUMBER);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(name, Wording.NOT_A_NUMBER);
            return fallback;
        }
    }
}
