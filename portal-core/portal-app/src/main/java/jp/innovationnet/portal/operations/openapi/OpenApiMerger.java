package jp.innovationnet.portal.operations.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import jp.innovationnet.portal.plugin.host.PluginRouteInfo;

/**
 * Merges the routes of the active plugins into the core OpenAPI document that Liberty generates from the core's JAX-RS
 * resources. Core operations win: a plugin route whose path and method the core (or a plugin earlier in order)
 * already documents is left out and reported. Output is deterministic: plugin routes sorted by path, method, plugin.
 */
public final class OpenApiMerger {

    /** The tag prefix under which a plugin's operations are grouped. */
    public static final String TAG_PREFIX = "plugin:";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /**
     * The merged document and the routes that could not be added.
     *
     * @param document the merged document
     * @param skipped  plugin routes left out, with the reason
     */
    public record Result(JsonObject document, List<String> skipped) {
    }

    private OpenApiMerger() {
    }

    /**
     * @param core   the core document (not changed)
     * @param routes the plugins' routes
     * @return the merged document
     */
    public static Result merge(JsonObject core, Collection<PluginRouteInfo> routes) {
        Map<String, Map<String, JsonValue>> paths = new LinkedHashMap<>();
        JsonObject corePaths = core.containsKey("paths") ? core.getJsonObject("paths") : JsonValue.EMPTY_JSON_OBJECT;
        corePaths.forEach((path, item) -> paths.put(path, new LinkedHashMap<>(item.asJsonObject())));

        List<PluginRouteInfo> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing(PluginRouteInfo::path)
                .thenComparing(route -> route.method().toLowerCase(Locale.ROOT))
                .thenComparing(PluginRouteInfo::pluginId));

        JsonArray securityOfProtected = protectedSecurity(core);
        Set<String> pluginsAdded = new TreeSet<>();
        List<String> skipped = new ArrayList<>();
        for (PluginRouteInfo route : sorted) {
            String method = route.method().toLowerCase(Locale.ROOT);
            String describe = route.method() + " " + route.path() + " (plugin " + route.pluginId() + ")";
            if (!METHODS.contains(method)) {
                skipped.add(describe + ": not an OpenAPI operation method");
                continue;
            }
            if (!route.path().startsWith("/")) {
                skipped.add(describe + ": path is not absolute");
                continue;
            }
            Map<String, JsonValue> item = paths.computeIfAbsent(route.path(), path -> new LinkedHashMap<>());
            if (item.containsKey(method)) {
                skipped.add(describe + ": already documented");
                continue;
            }
            item.put(method, operation(route, method, securityOfProtected));
            pluginsAdded.add(route.pluginId());
        }

        JsonObjectBuilder pathsJson = Json.createObjectBuilder();
        paths.forEach((path, item) -> {
            JsonObjectBuilder itemJson = Json.createObjectBuilder();
            item.forEach(itemJson::add);
            pathsJson.add(path, itemJson);
        });

        JsonObjectBuilder merged = Json.createObjectBuilder(core).add("paths", pathsJson);
        if (!pluginsAdded.isEmpty()) {
            merged.add("tags", tags(core, pluginsAdded));
        }
        return new Result(merged.build(), List.copyOf(skipped));
    }

    private static JsonObject operation(PluginRouteInfo route, String method, JsonArray securityOfProtected) {
        JsonObjectBuilder operation = Json.createObjectBuilder()
                .add("tags", Json.createArrayBuilder().add(TAG_PREFIX + route.pluginId()));
        if (route.summary() != null && !route.summary().isBlank()) {
            operation.add("summary", route.summary().strip());
        }
        Set<String> roles = route.roles() == null ? Set.of() : new TreeSet<>(route.roles());
        if (!route.anonymous()) {
            operation.add("description", roles.isEmpty()
                    ? "Requires an authenticated caller."
                    : "Requires an authenticated caller with one of the roles: " + String.join(", ", roles) + ".");
        }
        operation.add("operationId", operationId(route, method));

        List<String> parameters = pathParameters(route.path());
        if (!parameters.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            parameters.forEach(name -> array.add(Json.createObjectBuilder()
                    .add("name", name).add("in", "path").add("required", true)
                    .add("schema", Json.createObjectBuilder().add("type", "string"))));
            operation.add("parameters", array);
        }

        JsonObjectBuilder responses = Json.createObjectBuilder();
        if (!route.anonymous()) {
            responses.add("401", problemResponse("The caller is not authenticated"));
            if (!roles.isEmpty()) {
                responses.add("403", problemResponse("The caller lacks the required role"));
            }
        }
        responses.add("default", Json.createObjectBuilder()
                .add("description", "The plugin's answer; errors are RFC 9457 problem details")
                .add("content", Json.createObjectBuilder().add("application/problem+json",
                        Json.createObjectBuilder().add("schema", Json.createObjectBuilder().add("type", "object")))));
        operation.add("responses", responses);

        if (route.anonymous()) {
            operation.add("security", JsonValue.EMPTY_JSON_ARRAY);
        } else if (securityOfProtected != null) {
            operation.add("security", securityOfProtected);
        }
        operation.add("x-portal-plugin", route.pluginId());
        operation.add("x-portal-anonymous", route.anonymous());
        if (!roles.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            roles.forEach(array::add);
            operation.add("x-portal-roles", array);
        }
        return operation.build();
    }

    private static JsonObject problemResponse(String description) {
        return Json.createObjectBuilder()
                .add("description", description)
                .add("content", Json.createObjectBuilder().add("application/problem+json",
                        Json.createObjectBuilder().add("schema", Json.createObjectBuilder().add("type", "object"))))
                .build();
    }

    /**
     * Liberty lists the origins a document was requested from under {@code servers}: for each of its HTTP and HTTPS
     * ports, with the host of the request. The portal requests the core document over the loopback, so every entry on
     * the loopback host is replaced by the origin the client used (once); servers configured explicitly
     * (mp.openapi.servers) are kept as they are.
     *
     * @param document      a document
     * @param fetchedOrigin the origin the core document was fetched from, e.g. {@code http://127.0.0.1:9080}
     * @param clientOrigin  the origin of the client's request, e.g. {@code https://portal.example.jp}
     * @return the document with rewritten servers
     */
    public static JsonObject rebaseServers(JsonObject document, String fetchedOrigin, String clientOrigin) {
        if (!document.containsKey("servers")) {
            return Json.createObjectBuilder(document)
                    .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", clientOrigin)))
                    .build();
        }
        String loopbackHost = hostOf(fetchedOrigin);
        Set<String> seen = new LinkedHashSet<>();
        JsonArrayBuilder servers = Json.createArrayBuilder();
        for (JsonValue server : document.getJsonArray("servers")) {
            JsonObject object = server.asJsonObject();
            String url = object.getString("url", "");
            String host = hostOf(url);
            if (host != null && host.equalsIgnoreCase(loopbackHost)) {
                String path = java.net.URI.create(url).getRawPath();
                String rebased = clientOrigin + (path == null ? "" : path);
                if (seen.add(rebased)) {
                    servers.add(Json.createObjectBuilder(object).add("url", rebased));
                }
            } else if (seen.add(url)) {
                servers.add(object);
            }
        }
        return Json.createObjectBuilder(document).add("servers", servers).build();
    }

    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null; // a server URL template such as https://{region}.example.jp
        }
    }

    /**
     * @param path an OpenAPI path template
     * @return the names of its parameters, in order, without repeats
     */
    static List<String> pathParameters(String path) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PATH_PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    /**
     * @param route  the route
     * @param method its method, lower case
     * @return an operation id unique per path and method, e.g. {@code notes_get_api_plugins_notes_notes_id}
     */
    static String operationId(PluginRouteInfo route, String method) {
        String path = route.path().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return route.pluginId().replaceAll("[^A-Za-z0-9]+", "_") + "_" + method + (path.isEmpty() ? "" : "_" + path);
    }

    /**
     * The security requirement of protected plugin routes: any of the core's security schemes (alternatives), or
     * none if the core declares no schemes.
     */
    private static JsonArray protectedSecurity(JsonObject core) {
        JsonObject components = core.containsKey("components") ? core.getJsonObject("components") : null;
        if (components == null || !components.containsKey("securitySchemes")) {
            return null;
        }
        JsonArrayBuilder alternatives = Json.createArrayBuilder();
        components.getJsonObject("securitySchemes").keySet().stream().sorted().forEach(scheme ->
                alternatives.add(Json.createObjectBuilder().add(scheme, JsonValue.EMPTY_JSON_ARRAY)));
        JsonArray array = alternatives.build();
        return array.isEmpty() ? null : array;
    }

    private static JsonArray tags(JsonObject core, Set<String> plugins) {
        JsonArrayBuilder tags = Json.createArrayBuilder();
        Set<String> present = new LinkedHashSet<>();
        if (core.containsKey("tags")) {
            for (JsonValue tag : core.getJsonArray("tags")) {
                tags.add(tag);
                present.add(tag.asJsonObject().getString("name", ""));
            }
        }
        for (String plugin : plugins) {
            if (present.add(TAG_PREFIX + plugin)) {
                tags.add(Json.createObjectBuilder().add("name", TAG_PREFIX + plugin)
                        .add("description", "Routes of the plugin " + plugin));
            }
        }
        return tags.build();
    }
}
