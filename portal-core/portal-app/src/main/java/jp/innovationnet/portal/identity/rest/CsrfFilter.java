package jp.innovationnet.portal.identity.rest;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jp.innovationnet.portal.identity.CsrfTokens;
import jp.innovationnet.portal.identity.CurrentCaller;

/**
 * Cross-site request forgery protection for the API calls that ride on the browser's SSO cookie: a POST, PUT,
 * PATCH or DELETE from a logged-in browser must carry the session's token (from {@code GET /api/csrf}) in the
 * {@value CsrfTokens#HEADER} header, else 403. Bearer-token calls and anonymous calls are exempt: neither is
 * authenticated by a cookie the browser would send on its own. Covers every resource, plugin routes included.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Context
    HttpServletRequest servletRequest;

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null
                || caller.viaBearerToken()) {
            return;
        }
        if (!CsrfTokens.matches(servletRequest.getSession(false), request.getHeaderString(CsrfTokens.HEADER))) {
            throw new ForbiddenException("Missing or wrong " + CsrfTokens.HEADER
                    + " header: get the token from GET /api/csrf.");
        }
    }
}
