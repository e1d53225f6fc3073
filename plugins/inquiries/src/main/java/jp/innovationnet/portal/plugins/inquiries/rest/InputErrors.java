package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Collects what is wrong with a request's fields, and ends it with one 400 problem naming them all; also reads the
 * closed lists and texts the service-level, routing and canned-reply routes take.
 */
final class InputErrors {

    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** @param locale the reader's language */
    InputErrors(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param field   the JSON property or query parameter at fault
     * @param message what is wrong
     * @param args    the message's values
     */
    void add(String field, InputMessage message, Object... args) {
        errors.putIfAbsent(field, message.in(locale, args));
    }

    /**
     * @param field  the field
     * @param values the closed list
     * @param code   the code given; null or blank for none
     * @param <E>    the list
     * @return the value, or null when none was given or the code is unknown (then the field is at fault)
     */
    <E extends Enum<E> & Coded> E optionalCode(String field, E[] values, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<E> value = Coded.byCode(values, code.strip());
        if (value.isEmpty()) {
            add(field, InputMessage.ONE_OF, Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", ")));
        }
        return value.orElse(null);
    }

    /**
     * A plain text: stripped, CR LF made LF, required, at most {@code max} characters, no control characters but
     * newline and tab.
     *
     * @param field the field
     * @param text  the text given, may be null
     * @param max   the most characters
     * @return the text, or null when the field is at fault
     */
    String text(String field, String text, int max) {
        String value = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (value.isEmpty()) {
            add(field, InputMessage.REQUIRED);
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            add(field, InputMessage.TOO_LONG, max);
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            add(field, InputMessage.CONTROL_CHARACTERS);
            return null;
        }
        return value;
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
     * @param message what is wrong
     * @param args    the message's values
     * @return a 400 problem naming the field
     */
    static ProblemException single(Locale locale, String field, InputMessage message, Object... args) {
        return problem(Map.of(field, message.in(locale, args)));
    }

    private static ProblemException problem(Map<String, String> errors) {
        return new ProblemException(400, "Bad Request", "invalid: " + String.join(", ", errors.keySet()), errors);
    }
}
