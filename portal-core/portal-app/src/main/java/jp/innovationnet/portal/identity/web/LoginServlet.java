package jp.innovationnet.portal.identity.web;

import java.io.IOException;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /login?next=/some/page}: protected for any logged-in user ({@code **}), so Liberty's OIDC client sends
 * an anonymous browser to Keycloak first; once back (with the SSO cookie), the browser is sent on to {@code next},
 * a path on this site ({@code /} when absent or not local).
 */
@WebServlet("/login")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("next")));
    }

    /** Only paths on this site: no scheme, no host, no protocol-relative {@code //host}, no backslashes. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
