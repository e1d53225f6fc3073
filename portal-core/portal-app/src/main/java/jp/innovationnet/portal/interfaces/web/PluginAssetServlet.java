package jp.innovationnet.portal.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;

/**
 * Serves {@code /plugins/{pluginId}/assets/{path}} from the active revision's
 * {@value PortalPlugin#WEB_ASSETS_PATH} folder. The ETag names the revision, so browsers revalidate after an update
 * and never see a removed plugin's files; paths that climb out of the folder are refused.
 */
@WebServlet("/plugins/*")
public class PluginAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ASSET = Pattern.compile("/([a-z][a-z0-9-]{1,39})/assets/((?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+)");

    @Inject
    transient PluginHost host;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var match = ASSET.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!match.matches() || match.group(2).contains("..")) {
            notFound(response, "no such plugin asset");
            return;
        }
        PluginRevision revision = host.activeRevision(match.group(1)).orElse(null);
        if (revision == null || !revision.enter()) {
            notFound(response, "no active plugin '" + match.group(1) + "'");
            return;
        }
        try {
            URL entry = revision.bundle().getEntry(PortalPlugin.WEB_ASSETS_PATH + "/" + match.group(2));
            if (entry == null) {
                notFound(response, "plugin '" + match.group(1) + "' has no asset " + match.group(2));
                return;
            }
            String etag = "\"" + revision.archive().sha256().substring(0, 16) + "\"";
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            String type = getServletContext().getMimeType(match.group(2));
            response.setContentType(type == null ? "application/octet-stream" : type);
            if (type != null && (type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("json"))) {
                response.setCharacterEncoding("UTF-8");
            }
            try (InputStream in = entry.openStream()) {
                in.transferTo(response.getOutputStream());
            }
        } finally {
            revision.exit();
        }
    }

    private static void notFound(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problem.of(404, "Not Found", detail).toJson());
    }
}
