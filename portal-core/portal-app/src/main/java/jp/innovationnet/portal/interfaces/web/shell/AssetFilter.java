package jp.innovationnet.portal.interfaces.web.shell;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/<version>/<file>} is {@code /assets/<file>}, cached by browsers for a year (the version changes
 * with the content); {@code /assets/<file>} itself is revalidated on every use. The plugin kit, which plugins' screens
 * import by the address that names its API version ({@code /assets/kit/1/index.js}), is redirected to the current
 * version's address: its own imports of the portal's modules then resolve to the very modules the page runs, so a
 * plugin's screen shares the page's messages, session and CSRF token instead of loading second copies.
 */
public class AssetFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String KIT = AssetVersion.ROOT + "kit/";
    private static final java.util.regex.Pattern OLD_VERSION = java.util.regex.Pattern.compile("/assets/[0-9a-f]{12}/.+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = AssetVersion.prefix(getServletContext());
        if (path.startsWith(prefix)) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            request.getRequestDispatcher(AssetVersion.ROOT + path.substring(prefix.length())).forward(request, response);
            return;
        }
        if (path.startsWith(KIT)) {
            response.setHeader("Cache-Control", "no-cache");
            response.sendRedirect(request.getContextPath() + prefix + path.substring(AssetVersion.ROOT.length()));
            return;
        }
        if (OLD_VERSION.matcher(path).matches()) {
            // an older version: serve the current file, but let nobody keep it
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher(AssetVersion.ROOT + path.substring(prefix.length())).forward(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
