package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted browser: follows redirects itself and keeps cookies like a browser on {@code localhost} does (Secure
 * cookies are sent over http there, as browsers treat localhost as a secure context; Java's CookieManager would
 * drop Keycloak's). Logs in through Keycloak's two-step form (user name, then password).
 */
public final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 15;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, HttpCookie> cookies = new LinkedHashMap<>();

    /** @return a copy of the cookies held, e.g. to replay them from another browser */
    public List<HttpCookie> cookies() {
        return cookies.values().stream().map(c -> (HttpCookie) c.clone()).toList();
    }

    /** @param replayed cookies to hold, as if set by a server */
    public void addCookies(List<HttpCookie> replayed) {
        replayed.forEach(c -> cookies.put(key(c), (HttpCookie) c.clone()));
    }

    /**
     * Logs in: opens {@code /login?next=...} on the portal, which redirects to Keycloak; fills in the two forms and
     * follows the redirects back.
     *
     * @param portal the portal's base URL, e.g. {@code http://localhost:19080/}
     * @param user   the demo user
     * @param next   the local path to land on
     * @return the last response (the {@code next} page)
     */
    public HttpResponse<String> logIn(URI portal, DemoUser user, String next) {
        HttpResponse<String> page = get(portal.resolve("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        page = submit(page, Map.of("username", user.username()));
        if (page.body().contains("name=\"password\"")) {
            page = submit(page, Map.of("username", user.username(), "password", DemoUser.PASSWORD,
                    "credentialId", ""));
        }
        return page;
    }

    /**
     * @param uri where to go
     * @return the response after following redirects
     */
    public HttpResponse<String> get(URI uri) {
        return follow(HttpRequest.newBuilder(uri).GET(), uri);
    }

    /**
     * @param uri     where to send it
     * @param headers extra request headers
     * @param body    JSON text
     * @return the response (redirects not followed)
     */
    public HttpResponse<String> post(URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request, uri);
    }

    /**
     * Submits the first form of a page with the given fields and follows the redirects.
     *
     * @param page   a page with a form
     * @param fields the fields to send
     * @return the response after the redirects
     */
    public HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No form on " + page.uri() + " (" + page.statusCode() + "): "
                    + page.body().substring(0, Math.min(500, page.body().length())));
        }
        URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return follow(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())), target);
    }

    private HttpResponse<String> follow(HttpRequest.Builder first, URI uri) {
        HttpResponse<String> response = send(first, uri);
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET(), next);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) {
        String cookieHeader = cookieHeader(uri);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                for (HttpCookie cookie : HttpCookie.parse(header)) {
                    if (cookie.getPath() == null) {
                        cookie.setPath("/");
                    }
                    cookie.setDomain(uri.getHost());
                    if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                        cookies.remove(key(cookie));
                    } else {
                        cookies.put(key(cookie), cookie);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookieHeader(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<String> values = new ArrayList<>();
        for (HttpCookie cookie : cookies.values()) {
            if (uri.getHost().equals(cookie.getDomain()) && path.startsWith(cookie.getPath())) {
                values.add(cookie.getName() + "=" + cookie.getValue());
            }
        }
        return String.join("; ", values);
    }

    private static String key(HttpCookie cookie) {
        return cookie.getDomain() + "|" + cookie.getPath() + "|" + cookie.getName();
    }
}
