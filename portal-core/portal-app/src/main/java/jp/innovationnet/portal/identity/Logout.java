package jp.innovationnet.portal.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a browser's sessions: the portal's (Liberty's SSO cookie, which Liberty then refuses if replayed, and the
 * HTTP session) here, and Keycloak's by sending the browser to Keycloak's end-session endpoint with
 * {@code id_token_hint} and {@code post_logout_redirect_uri} (the endpoint is the ID token's issuer's). Liberty does not learn that endpoint without
 * discovery (which it ignores over plain http), hence this application logout.
 */
@ApplicationScoped
public class Logout {

    private static final Logger LOG = Logger.getLogger(Logout.class.getName());

    /**
     * Logs the request's caller out of the portal.
     *
     * @param request the request
     * @return where to send the browser next: Keycloak's logout (which comes back to the portal's home page), or
     *         the home page when the caller had no browser login
     * @throws ServletException if the container cannot log out
     */
    public String logOut(HttpServletRequest request) throws ServletException {
        IdToken idToken = request.getUserPrincipal() == null ? null : idToken();
        String raw = idToken == null ? null : rawOf(idToken);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = home(request);
        if (raw == null) {
            return home;
        }
        // The realm's end-session endpoint, from the token's own issuer: no configuration to keep in step
        return idToken.getIssuer() + "/protocol/openid-connect/logout"
                + "?client_id=" + encode(idToken.getAuthorizedParty() != null ? idToken.getAuthorizedParty()
                        : idToken.getAudience().getFirst())
                + "&id_token_hint=" + encode(raw)
                + "&post_logout_redirect_uri=" + encode(home);
    }

    private static IdToken idToken() {
        try {
            return PropagationHelper.getIdToken();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No ID token to end the Keycloak session with", e);
            return null;
        }
    }

    private static String rawOf(IdToken token) {
        try {
            return token.getRawIdToken();
        } catch (Exception e) {
            LOG.log(Level.FINE, "The ID token has no raw form", e);
            return null;
        }
    }

    private static String home(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + "/";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
