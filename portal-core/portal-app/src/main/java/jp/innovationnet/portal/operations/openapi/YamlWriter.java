package jp.innovationnet.portal.operations.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes a JSON value as block-style YAML (SnakeYAML), as Liberty serves OpenAPI documents by default. */
public final class YamlWriter {

    private YamlWriter() {
    }

    /**
     * @param value an object or array
     * @return the YAML document, ending with a newline
     */
    public static String write(JsonValue value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return new Yaml(options).dump(plain(value));
    }

    private static Number number(JsonNumber value) {
        if (value.isIntegral()) {
            return value.longValue();
        }
        return value.doubleValue();
    }

    /** @return the value as maps, lists, strings, numbers, booleans and nulls, in document order */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(YamlWriter::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
