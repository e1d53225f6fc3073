package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Collects what is wrong with a request's fields, and ends it with one 400 problem naming them all. */
final class FieldErrors {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FieldErrors(Locale locale) {
        this.locale = locale;
    }

    /** @param field the JSON path at fault @param wording what is wrong @param args its values */
    void add(String field, Wording wording, Object... args) {
        errors.putIfAbsent(field, wording.in(locale, args));
    }

    /** @param field the field @param values the values it may take @param <E> the closed list */
    <E extends Enum<E> & Coded> void oneOf(String field, E[] values) {
        add(field, Wording.ONE_OF, Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", ")));
    }

    /** @param text some text @return whether it looks like an e-mail address */
    static boolean isEmail(String text) {
        return text.length() <= 320 && EMAIL.matcher(text).matches();
    }

    /** @throws ProblemException 400 naming every field at fault, if there is any */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw problem(errors);
        }
    }

    /**
     * @param locale  the reader's language
     * @param field   the field at fault
     * @param wording what is wrong
     * @param args    its values
     * @return a 400 problem naming the field
     */
    static ProblemException single(Locale locale, String field, Wording wording, Object... args) {
        return problem(Map.of(field, wording.in(locale, args)));
    }

    private static ProblemException problem(Map<String, String> errors) {
        return new ProblemException(400, "Bad Request", "invalid: " + String.join(", ", errors.keySet()), errors);
    }
}
