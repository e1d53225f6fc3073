package jp.innovationnet.portal.identity.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/** The 401 problem: log in with the browser, or send a bearer token. */
final class Unauthorized {

    private Unauthorized() {
    }

    static Response problem(String detail) {
        return Response.fromResponse(Problem.of(401, "Unauthorized", detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"innovation-net\"")
                .build();
    }
}
