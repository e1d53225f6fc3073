package jp.innovationnet.portal.interfaces.web.shell;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every response. The Content-Security-Policy allows scripts, styles, images and fonts from
 * this site only (no inline script or style, no eval), connections to this site only, no framing, and forms that
 * post here or to Keycloak (logout ends there).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy(keycloakUrl));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
        chain.doFilter(request, response);
    }

    /**
     * @param keycloakUrl the identity server's base URL
     * @return the Content-Security-Policy
     */
    static String policy(String keycloakUrl) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self' " + keycloakUrl;
    }
}
