package jp.innovationnet.portal.operations.openapi;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Writes a JSON value as block-style YAML, as Liberty serves OpenAPI documents by default. Strings are plain only when
 * no YAML reader could take them for anything else; otherwise they are double-quoted with JSON escapes, which YAML
 * double-quoted scalars accept.
 */
public final class YamlWriter {

    private static final String INDENT = "  ";
    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.\\-]*(?: [A-Za-z0-9_$.\\-]+)*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private YamlWriter() {
    }

    /**
     * @param value an object or array
     * @return the YAML document, ending with a newline
     */
    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        switch (value.getValueType()) {
            case OBJECT -> {
                if (value.asJsonObject().isEmpty()) {
                    out.append("{}\n");
                } else {
                    writeObject(value.asJsonObject(), 0, out);
                }
            }
            case ARRAY -> {
                if (value.asJsonArray().isEmpty()) {
                    out.append("[]\n");
                } else {
                    writeArray(value.asJsonArray(), 0, out);
                }
            }
            default -> out.append(scalar(value)).append('\n');
        }
        return out.toString();
    }

    private static void writeObject(JsonObject object, int depth, StringBuilder out) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            indent(depth, out);
            out.append(string(entry.getKey())).append(':');
            writeValueAfterKey(entry.getValue(), depth, out);
        }
    }

    private static void writeArray(JsonArray array, int depth, StringBuilder out) {
        for (JsonValue item : array) {
            indent(depth, out);
            out.append('-');
            if (isNonEmptyObject(item)) {
                // first member on the dash's line, the others aligned under it
                JsonObject object = item.asJsonObject();
                boolean first = true;
                for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                    if (first) {
                        out.append(' ');
                        first = false;
                    } else {
                        indent(depth + 1, out);
                    }
                    out.append(string(entry.getKey())).append(':');
                    writeValueAfterKey(entry.getValue(), depth + 1, out);
                }
            } else if (isNonEmptyArray(item)) {
                out.append('\n');
                writeArray(item.asJsonArray(), depth + 1, out);
            } else {
                out.append(' ').append(scalar(item)).append('\n');
            }
        }
    }

    private static void writeValueAfterKey(JsonValue value, int depth, StringBuilder out) {
        if (isNonEmptyObject(value)) {
            out.append('\n');
            writeObject(value.asJsonObject(), depth + 1, out);
        } else if (isNonEmptyArray(value)) {
            out.append('\n');
            writeArray(value.asJsonArray(), depth + 1, out);
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> string(((JsonString) value).getString());
            case OBJECT -> "{}";
            case ARRAY -> "[]";
            default -> value.toString(); // numbers, true, false, null
        };
    }

    /**
     * @param text any string
     * @return the string as a YAML scalar: plain if unambiguous, else double-quoted
     */
    static String string(String text) {
        if (PLAIN_SAFE.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return JsonStringQuoting.quote(text);
    }

    private static boolean isNonEmptyObject(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.OBJECT && !value.asJsonObject().isEmpty();
    }

    private static boolean isNonEmptyArray(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.ARRAY && !value.asJsonArray().isEmpty();
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
    }

    /** JSON string escaping, limited to what YAML double-quoted scalars read back identically. */
    static final class JsonStringQuoting {

        private JsonStringQuoting() {
        }

        static String quote(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                                || c == '\ufeff') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
