package jp.innovationnet.portal.plugin.host.osgi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Splits OSGi manifest headers such as Import-Package into clauses, honouring quoted values. */
final class ManifestHeader {

    /**
     * One clause of a header: {@code a.b.c;version="[1.0,2)";resolution:=optional}.
     *
     * @param name       the clause's name (a package name)
     * @param attributes attributes and directives by key (directives keep their ':' suffix, e.g. "resolution:")
     */
    record Clause(String name, Map<String, String> attributes) {
    }

    private ManifestHeader() {
    }

    /**
     * @param header the header's value; may be null
     * @return its clauses; a clause naming several packages ({@code a;b;version=1}) becomes one clause each
     */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new HashMap<>();
            for (String part : split(clause, ';')) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    names.add(part.trim());
                } else {
                    String key = part.substring(0, eq).trim();
                    String value = part.substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    attributes.put(key, value);
                }
            }
            names.forEach(name -> clauses.add(new Clause(name, attributes)));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
