package jp.innovationnet.portal.operations.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.host.PluginRouteInfo;

class OpenApiMergerTest {

    /** Shaped like Liberty's generated core document. */
    private static final JsonObject CORE = json("""
            {
              "openapi": "3.0.3",
              "info": {"title": "Innovation Network Portal API", "version": "1.0"},
              "servers": [{"url": "http://127.0.0.1:9080"}],
              "tags": [{"name": "members"}],
              "paths": {
                "/api/members": {"get": {"tags": ["members"], "operationId": "listMembers",
                                         "responses": {"200": {"description": "OK"}}}},
                "/api/plugins/notes/notes": {"get": {"operationId": "coreOwnsThis",
                                                     "responses": {"200": {"description": "OK"}}}}
              },
              "components": {"securitySchemes": {"oidc": {"type": "openIdConnect"},
                                                 "bearer": {"type": "http", "scheme": "bearer"}}}
            }
            """);

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static PluginRouteInfo route(String plugin, String method, String path, boolean anonymous,
            String... roles) {
        return new PluginRouteInfo(plugin, method, path, plugin + " " + method + " " + path, anonymous, Set.of(roles));
    }

    @Test
    void withoutPluginsTheCoreDocumentIsUnchanged() {
        OpenApiMerger.Result result = OpenApiMerger.merge(CORE, List.of());
        assertThat(result.document()).isEqualTo(CORE);
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void addsPluginRoutesWithParametersTagsAndSecurity() {
        OpenApiMerger.Result result = OpenApiMerger.merge(CORE, List.of(
                route("notes", "GET", "/api/plugins/notes/notes/{id}", false, "member", "coordinator"),
                route("notes", "DELETE", "/api/plugins/notes/notes/{id}", false),
                route("events", "GET", "/api/plugins/events/public", true)));

        JsonObject paths = result.document().getJsonObject("paths");
        assertThat(paths.keySet()).containsExactly("/api/members", "/api/plugins/notes/notes",
                "/api/plugins/events/public", "/api/plugins/notes/notes/{id}");

        JsonObject get = paths.getJsonObject("/api/plugins/notes/notes/{id}").getJsonObject("get");
        assertThat(get.getJsonArray("tags").getString(0)).isEqualTo("plugin:notes");
        assertThat(get.getString("summary")).isEqualTo("notes GET /api/plugins/notes/notes/{id}");
        assertThat(get.getString("operationId")).isEqualTo("notes_get_api_plugins_notes_notes_id");
        assertThat(get.getString("description")).contains("coordinator, member");
        assertThat(get.getJsonArray("parameters").getJsonObject(0)).isEqualTo(json("""
                {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}"""));
        assertThat(get.getJsonObject("responses").keySet()).containsExactly("401", "403", "default");
        assertThat(get.getJsonArray("security")).isEqualTo(Json.createArrayBuilder()
                .add(json("{\"bearer\": []}")).add(json("{\"oidc\": []}")).build());
        assertThat(get.getJsonArray("x-portal-roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("coordinator", "member");
        assertThat(get.getString("x-portal-plugin")).isEqualTo("notes");

        JsonObject delete = paths.getJsonObject("/api/plugins/notes/notes/{id}").getJsonObject("delete");
        assertThat(delete.getJsonObject("responses").keySet()).containsExactly("401", "default");
        assertThat(delete.containsKey("x-portal-roles")).isFalse();

        JsonObject anonymous = paths.getJsonObject("/api/plugins/events/public").getJsonObject("get");
        assertThat(anonymous.getJsonArray("security")).isEmpty();
        assertThat(anonymous.containsKey("description")).isFalse();
        assertThat(anonymous.containsKey("parameters")).isFalse();
        assertThat(anonymous.getBoolean("x-portal-anonymous")).isTrue();

        assertThat(result.document().getJsonArray("tags").getValuesAs(JsonObject.class))
                .extracting(tag -> tag.getString("name"))
                .containsExactly("members", "plugin:events", "plugin:notes");
        // everything else of the core document is kept
        assertThat(result.document().getJsonObject("components")).isEqualTo(CORE.getJsonObject("components"));
        assertThat(result.document().getJsonObject("info")).isEqualTo(CORE.getJsonObject("info"));
    }

    @Test
    void coreOperationsWinAndConflictsAreReported() {
        OpenApiMerger.Result result = OpenApiMerger.merge(CORE, List.of(
                route("notes", "GET", "/api/plugins/notes/notes", false),
                route("notes", "POST", "/api/plugins/notes/notes", false)));

        JsonObject item = result.document().getJsonObject("paths").getJsonObject("/api/plugins/notes/notes");
        assertThat(item.getJsonObject("get").getString("operationId")).isEqualTo("coreOwnsThis");
        assertThat(item.getJsonObject("post").getString("x-portal-plugin")).isEqualTo("notes");
        assertThat(result.skipped()).singleElement().asString()
                .contains("GET /api/plugins/notes/notes (plugin notes)", "already documented");
    }

    @Test
    void twoPluginsOnOneRouteResolveDeterministically() {
        List<PluginRouteInfo> routes = List.of(route("zeta", "GET", "/api/plugins/shared", true),
                route("alpha", "GET", "/api/plugins/shared", true));
        OpenApiMerger.Result forward = OpenApiMerger.merge(CORE, routes);
        OpenApiMerger.Result backward = OpenApiMerger.merge(CORE, routes.reversed());
        assertThat(forward.document()).isEqualTo(backward.document());
        assertThat(forward.document().getJsonObject("paths").getJsonObject("/api/plugins/shared")
                .getJsonObject("get").getString("x-portal-plugin")).isEqualTo("alpha");
        assertThat(forward.skipped()).singleElement().asString().contains("plugin zeta");
    }

    @Test
    void rejectsWhatOpenApiCannotDescribe() {
        OpenApiMerger.Result result = OpenApiMerger.merge(CORE, List.of(
                route("odd", "CONNECT", "/api/plugins/odd", true),
                route("odd", "GET", "api/plugins/relative", true)));
        assertThat(result.document().getJsonObject("paths").keySet())
                .doesNotContain("/api/plugins/odd", "api/plugins/relative");
        assertThat(result.skipped()).hasSize(2);
    }

    @Test
    void routesDisappearWhenThePluginIsGone() {
        JsonObject withNotes = OpenApiMerger.merge(CORE,
                List.of(route("notes", "GET", "/api/plugins/notes/notes/{id}", true))).document();
        JsonObject without = OpenApiMerger.merge(CORE, List.of()).document();
        assertThat(withNotes.getJsonObject("paths")).containsKey("/api/plugins/notes/notes/{id}");
        assertThat(without.getJsonObject("paths")).doesNotContainKey("/api/plugins/notes/notes/{id}");
        assertThat(without).isEqualTo(CORE);
    }

    @Test
    void coreWithoutPathsOrSchemes() {
        JsonObject bare = json("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}}");
        JsonObject merged = OpenApiMerger.merge(bare,
                List.of(route("notes", "PUT", "/api/plugins/notes/notes/{id}/{id}", false, "member"))).document();
        JsonObject put = merged.getJsonObject("paths").getJsonObject("/api/plugins/notes/notes/{id}/{id}")
                .getJsonObject("put");
        assertThat(put.containsKey("security")).isFalse();
        assertThat(put.getJsonArray("parameters")).hasSize(1);
    }

    @Test
    void pathParametersInOrderWithoutRepeats() {
        assertThat(OpenApiMerger.pathParameters("/api/plugins/a/{org}/items/{id}/{org}")).containsExactly("org", "id");
        assertThat(OpenApiMerger.pathParameters("/api/plugins/a")).isEmpty();
    }

    @Test
    void rebasesLoopbackServersToTheClientsOrigin() {
        JsonObject rebased = OpenApiMerger.rebaseServers(CORE, "http://127.0.0.1:9080", "https://portal.example.jp");
        assertThat(rebased.getJsonArray("servers")).isEqualTo(
                Json.createArrayBuilder().add(json("{\"url\": \"https://portal.example.jp\"}")).build());

        JsonObject configured = json("{\"servers\": [{\"url\": \"https://api.example.jp/v1\"},"
                + " {\"url\": \"http://127.0.0.1:9080/sub\", \"description\": \"d\"}]}");
        assertThat(OpenApiMerger.rebaseServers(configured, "http://127.0.0.1:9080", "http://host:1")
                .getJsonArray("servers")).isEqualTo(json("""
                {"servers": [{"url": "https://api.example.jp/v1"}, {"url": "http://host:1/sub", "description": "d"}]}
                """).getJsonArray("servers"));

        JsonObject bothPorts = json("""
                {"servers": [{"url": "http://127.0.0.1:29080"}, {"url": "https://127.0.0.1:29443"},
                             {"url": "https://{tenant}.example.jp"}]}""");
        assertThat(OpenApiMerger.rebaseServers(bothPorts, "http://127.0.0.1:29080", "https://portal.example.jp")
                .getJsonArray("servers")).isEqualTo(json("""
                {"servers": [{"url": "https://portal.example.jp"}, {"url": "https://{tenant}.example.jp"}]}
                """).getJsonArray("servers"));

        assertThat(OpenApiMerger.rebaseServers(json("{}"), "http://127.0.0.1:9080", "http://host:1")
                .getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("http://host:1");
    }
}
