package jp.innovationnet.portal.plugin.api.kit;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;

/** A numeric id in a route's path (since contract 1.5): one that is no number names nothing that exists. */
public final class PathId {

    private PathId() {
    }

    /**
     * @param request a request
     * @param name    the path parameter, e.g. {@code id}
     * @param what    what the id names, for the problem's detail, e.g. {@code case}
     * @return the id
     * @throws ProblemException 404 when it is not a number, as for any id that names nothing
     */
    public static long of(RouteRequest request, String name, String what) {
        try {
            return Long.parseLong(request.pathParam(name));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what + " " + request.pathParam(name));
        }
    }
}
