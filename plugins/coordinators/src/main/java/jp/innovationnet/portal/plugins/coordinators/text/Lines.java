package jp.innovationnet.portal.plugins.coordinators.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A short list kept in one column, one value a line (codes and tags hold no line break). */
public final class Lines {

    private Lines() {
    }

    /**
     * @param values the values
     * @return them in one text
     */
    public static String join(Collection<String> values) {
        return String.join("\n", values);
    }

    /**
     * @param text a column's text; may be null
     * @return its values, in order
     */
    public static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
