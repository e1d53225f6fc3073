package jp.innovationnet.portal.identity.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /logout}: ends the portal session (Liberty's SSO cookie and the HTTP session) and then Keycloak's, by
 * sending the browser to Keycloak's end-session endpoint with {@code id_token_hint} and
 * {@code post_logout_redirect_uri} (the portal's home page). Without an ID token (not logged in through the
 * browser), the browser goes straight home. Liberty does not learn Keycloak's end-session endpoint without
 * discovery, hence this application logout.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "innovation-net")
    String realm;

    @Inject
    @ConfigProperty(name = "portal.oidc.client.id", defaultValue = "portal")
    String clientId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String idToken = request.getUserPrincipal() == null ? null : rawIdToken();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        String home = home(request);
        if (idToken == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(keycloakUrl + "/realms/" + encode(realm) + "/protocol/openid-connect/logout"
                + "?client_id=" + encode(clientId)
                + "&id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(home));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        doGet(request, response);
    }

    private static String rawIdToken() {
        try {
            IdToken token = PropagationHelper.getIdToken();
            return token == null ? null : token.getRawIdToken();
        } catch (Exception e) {
            LOG.log(Level.FINE, "No ID token to end the Keycloak session with", e);
            return null;
        }
    }

    private static String home(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
