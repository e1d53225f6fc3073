package jp.innovationnet.portal.plugin.host.routing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route's path: '/'-separated segments, each a literal or a {@code {parameter}}.
 *
 * @param text     the template as registered, e.g. {@code /notes/{id}}
 * @param segments its segments; parameters keep their braces
 */
public record PathTemplate(String text, List<String> segments) {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern PARAMETER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

    /**
     * @param text a template such as {@code /notes/{id}}; {@code /} for the plugin's root
     * @return the parsed template
     * @throws IllegalArgumentException if it is malformed
     */
    public static PathTemplate parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with '/': " + text);
        }
        List<String> segments = split(text);
        for (String segment : segments) {
            boolean literal = LITERAL.matcher(segment).matches() && !segment.equals(".") && !segment.equals("..");
            if (!literal && !PARAMETER.matcher(segment).matches()) {
                throw new IllegalArgumentException("bad segment '" + segment + "' in route path " + text);
            }
        }
        return new PathTemplate(text, List.copyOf(segments));
    }

    /**
     * @param path a request path below the plugin, e.g. {@code /notes/42}
     * @return the decoded parameter values when the path matches
     */
    public Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isParameter(expected)) {
                parameters.put(expected.substring(1, expected.length() - 1),
                        URLDecoder.decode(actual.get(i), StandardCharsets.UTF_8));
            } else if (!expected.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /** @return how many literal segments it has: more literal segments make a more specific route */
    public int literalCount() {
        return (int) segments.stream().filter(s -> !isParameter(s)).count();
    }

    /** @return the template with parameters written as {@code {}} so equal shapes compare equal */
    public String shape() {
        return "/" + String.join("/", segments.stream().map(s -> isParameter(s) ? "{}" : s).toList());
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }

    private static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
