package jp.innovationnet.portal.interfaces.web.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every screen's address ({@code /}, {@code /directory}, {@code /p/events/...}) with the shell page, in the
 * reader's language: the {@code portal-lang} cookie when they chose one, else their browser's preference, else
 * Japanese. Everything with a file extension, and the API, assets, plugins, login and operations paths, pass on.
 */
public class ShellFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The cookie that keeps the reader's choice of language. */
    public static final String LANGUAGE_COOKIE = "portal-lang";

    private static final List<String> NOT_SCREENS = List.of("/api/", "/assets/", "/plugins/", "/health", "/metrics",
            "/openapi", "/login", "/oidcclient/", "/ibm/", "/favicon");

    private String template;

    @Override
    public void init() {
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/shell.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isScreen(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String language = language(request);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("Content-Language", language);
        response.getWriter().write(template
                .replace("{{lang}}", language)
                .replace("{{title}}", "ja".equals(language) ? "イノベーションネット 会員ポータル"
                        : "Innovation Network Japan — Member Portal")
                .replace("{{assets}}", request.getContextPath() + AssetVersion.prefix(getServletContext())));
    }

    /**
     * @param method the HTTP method
     * @param path   the path within the application
     * @return whether the path is a screen of the web portal
     */
    static boolean isScreen(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (NOT_SCREENS.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /**
     * @param request a request
     * @return {@code ja} or {@code en}
     */
    static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())
                        && ("ja".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return cookie.getValue();
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return "ja";
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.JAPANESE, Locale.ENGLISH));
            return best == null ? "ja" : best.getLanguage();
        } catch (IllegalArgumentException malformed) {
            return "ja";
        }
    }
}
