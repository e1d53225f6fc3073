package jp.innovationnet.portal.operations.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import jp.innovationnet.portal.plugin.host.PluginRouteInfo;

/** Reads the written YAML back with SnakeYAML and compares it with the JSON it came from. */
class YamlWriterTest {

    private static Object readYaml(String yaml) {
        return new Yaml().load(yaml);
    }

    /** The JSON document as plain Java maps and lists, the way SnakeYAML reads YAML. */
    private static Object readJsonAsYaml(String json) {
        return new Yaml().load(json); // JSON is YAML
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void roundTripsAwkwardScalars() {
        String source = """
                {
                  "version": "1.0", "openapi": "3.0.3", "yes": "no", "on": "off", "nothing": "null",
                  "tilde": "~", "empty": "", "colon": "a: b", "hash": "a #b", "dash": "- x", "star": "*x",
                  "amp": "&x", "bang": "!x", "pct": "%x", "at": "@x", "tick": "`x", "quote": "'x'",
                  "dquote": "say \\"hi\\"", "backslash": "C:\\\\temp", "newline": "line1\\nline2", "tab": "a\\tb",
                  "japanese": "全国イノベーション推進機関ネットワーク", "leading space": " x", "trailing": "x ",
                  "date": "2026-11-22", "octal": "0o17", "hex": "0x1F", "float": ".5", "inf": ".inf",
                  "/api/plugins/notes/notes/{id}": {"get": {"summary": "{braces} [brackets], commas"}},
                  "$ref": "#/components/schemas/Problem",
                  "number": 42, "decimal": 1.5, "negative": -3, "true": true, "false": false, "null": null,
                  "emptyObject": {}, "emptyArray": [], "nested": [[1, 2], [], [{"a": 1, "b": [{}]}]],
                  "objects": [{"name": "id", "in": "path", "schema": {"type": "string"}}, {"x": {"y": [1]}}]
                }
                """;
        String yaml = YamlWriter.write(json(source));
        assertThat(readYaml(yaml)).isEqualTo(readJsonAsYaml(source));
    }

    @Test
    void writesReadableBlockStyle() {
        String source = """
                {"openapi": "3.0.3", "info": {"title": "Innovation Network Portal API", "version": "1.0"},
                 "tags": [{"name": "plugin:notes", "description": "Routes of the plugin notes"}]}
                """;
        String yaml = YamlWriter.write(json(source));
        assertThat(yaml).contains("info:\n  title: Innovation Network Portal API\n")
                .contains("tags:\n- name: plugin:notes\n  description: Routes of the plugin notes\n")
                .doesNotContain("{");
        assertThat(readYaml(yaml)).isEqualTo(readJsonAsYaml(source));
    }

    @Test
    void topLevelEmptyAndScalarValues() {
        assertThat(YamlWriter.write(json("{}"))).isEqualTo("{}\n");
        assertThat(YamlWriter.write(Json.createArrayBuilder().build())).isEqualTo("[]\n");
        assertThat(readYaml(YamlWriter.write(Json.createArrayBuilder().add(1).add("a b").build())))
                .isEqualTo(List.of(1, "a b"));
    }

    @Test
    void mergedDocumentReadsBackAsYaml() {
        JsonObject core = json("""
                {"openapi": "3.0.3", "info": {"title": "Portal", "version": "1.0"}, "paths": {}}""");
        JsonObject merged = OpenApiMerger.merge(core, List.of(new PluginRouteInfo("notes", "GET",
                "/api/plugins/notes/notes/{id}", "Read a note: by id", false, Set.of("member")))).document();
        Object read = readYaml(YamlWriter.write(merged));
        assertThat(read).isEqualTo(readJsonAsYaml(merged.toString()));
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) read).get("paths");
        assertThat(paths).containsKey("/api/plugins/notes/notes/{id}");
    }
}
