package jp.innovationnet.portal.plugins.coordinators.rest;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;

/** What the plugin's routes read from a request alike. */
final class Requests {

    private Requests() {
    }

    /**
     * @param request a request with an {@code {id}} in its path
     * @return the id; a path id that is no number is a case that does not exist (404)
     */
    static long caseId(RouteRequest request) {
        return id(request, "case");
    }

    /**
     * @param request a request with an {@code {id}} in its path
     * @param what    what the id names, e.g. {@code question}
     * @return the id; a path id that is no number names nothing that exists (404)
     */
    static long id(RouteRequest request, String what) {
        try {
            return Long.parseLong(request.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what + " " + request.pathParam("id"));
        }
    }
}
