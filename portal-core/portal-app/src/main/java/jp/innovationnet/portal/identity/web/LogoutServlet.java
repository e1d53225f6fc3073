package jp.innovationnet.portal.identity.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.innovationnet.portal.identity.Logout;

/**
 * {@code /logout} (GET or POST): ends the portal session and sends the browser to Keycloak to end its session
 * there too; Keycloak sends it back to the portal's home page. Scripts of the web shell may use
 * {@code POST /api/logout} instead.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Logout logout;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String next = logout.logOut(request);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(next);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        doGet(request, response);
    }
}
