package jp.innovationnet.portal.operations.openapi;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.host.PluginHost;

/**
 * {@code GET /openapi}: the core document with the routes of the plugins active right now. YAML by default, JSON for
 * {@code Accept: application/json} or {@code ?format=json}, like Liberty's own endpoint.
 */
@WebServlet(name = "openapi", urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OpenApiServlet.class.getName());

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";

    @Inject
    transient CoreOpenApiDocument coreDocument;

    @Inject
    transient PluginHost pluginHost;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CoreOpenApiDocument.Fetched core;
        try {
            core = coreDocument.get(request.getLocalAddr(), request.getLocalPort(), request.isSecure());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot serve /openapi: " + e.getMessage(), e);
            writeProblem(response, Problem.of(503, "Service Unavailable", "The API description is not available yet"));
            return;
        }
        JsonObject rebased = OpenApiMerger.rebaseServers(core.document(), core.origin(), clientOrigin(request));
        OpenApiMerger.Result merged = OpenApiMerger.merge(rebased,
                pluginHost.isRunning() ? pluginHost.routes() : List.of());
        merged.skipped().forEach(reason -> LOG.fine(() -> "Plugin route not documented: " + reason));

        boolean json = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        String body = json ? prettyJson(merged.document()) : YamlWriter.write(merged.document());
        response.setStatus(200);
        response.setContentType((json ? JSON : YAML) + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String clientOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /**
     * @param format the {@code format} query parameter, may be {@code null}
     * @param accept the Accept header, may be {@code null}
     * @return whether to answer JSON (else YAML)
     */
    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.strip().equalsIgnoreCase("json");
        }
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains(JSON) && !lower.contains("yaml");
    }

    private static String prettyJson(JsonObject document) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toString();
    }

    private static void writeProblem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(problem.toJson().getBytes(StandardCharsets.UTF_8));
    }
}
