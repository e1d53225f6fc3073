package jp.innovationnet.portal.identity.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import jp.innovationnet.portal.identity.Authenticated;

/**
 * Checks {@link Authenticated}, {@link RolesAllowed}, {@link PermitAll} and {@link DenyAll} on the matched resource
 * method (else its class) before it runs. The container protects nothing under {@code /api/}, so this filter is
 * what answers an anonymous caller of a protected resource: 401 as problem+json (Liberty would answer an empty
 * 401 with {@code WWW-Authenticate: Basic}). A logged-in caller without a required role gets 403 as problem+json
 * via {@link ForbiddenExceptionMapper}. Resources without these annotations (public ones, the plugin host, which
 * checks each plugin route itself) are not touched.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        AnnotatedElement rule = hasRule(method) ? method : resourceInfo.getResourceClass();
        if (rule == null || !hasRule(rule) || rule.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Unauthorized.problem("Log in to use this resource."));
            return;
        }
        if (rule.isAnnotationPresent(DenyAll.class)) {
            throw new ForbiddenException("Nobody may call this resource.");
        }
        RolesAllowed roles = rule.getAnnotation(RolesAllowed.class);
        if (roles != null && Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            throw new ForbiddenException("This resource needs one of the roles " + String.join(", ", roles.value()) + ".");
        }
    }

    private static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(Authenticated.class) || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(DenyAll.class);
    }
}
