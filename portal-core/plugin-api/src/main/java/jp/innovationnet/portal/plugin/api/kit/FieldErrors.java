package jp.innovationnet.portal.plugin.api.kit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.innovationnet.portal.plugin.api.http.ProblemException;

/**
 * Collects what is wrong with a request's fields in the caller's language, and ends the request with one 422 problem
 * naming them all: the same shape the core answers for a route body whose Bean Validation constraints fail. The
 * first message for a field wins. Also reads the inputs every plugin takes: required plain text, codes of a closed
 * list, e-mail addresses. Not thread-safe; one per request.
 */
public final class FieldErrors {

    /** The status of a problem with input fields. */
    public static final int STATUS = 422;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FieldErrors(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param locale the caller's language
     * @return an empty collection
     */
    public static FieldErrors in(Locale locale) {
        return new FieldErrors(locale);
    }

    /**
     * @param locale  the caller's language
     * @param field   the field at fault
     * @param wording what is wrong
     * @param args    its values
     * @return a 422 problem naming the one field
     */
    public static ProblemException single(Locale locale, String field, Wording wording, Object... args) {
        return in(locale).add(field, wording, args).problem();
    }

    /**
     * @param field   the JSON path or query parameter at fault, e.g. {@code sessions[0].start}
     * @param wording what is wrong
     * @param args    the wording's values
     * @return this
     */
    public FieldErrors add(String field, Wording wording, Object... args) {
        errors.putIfAbsent(field, wording.in(locale, args));
        return this;
    }

    /**
     * @param field  the field at fault
     * @param values the closed list it must be one of
     * @return this
     */
    public FieldErrors oneOf(String field, Coded[] values) {
        return add(field, KitWording.ONE_OF, String.join(", ", Coded.codes(values)));
    }

    /**
     * Reads a plain text: CR LF made LF, stripped, required, at most {@code max} characters (code points), no control
     * characters but newline and tab.
     *
     * @param field the field
     * @param text  the text given; may be null
     * @param max   the most characters
     * @return the text, or null when the field is at fault
     */
    public String text(String field, String text, int max) {
        String value = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (value.isEmpty()) {
            add(field, KitWording.REQUIRED);
            return null;
        }
        return optionalText(field, value, max);
    }

    /**
     * Reads a plain text that may be left out, with the rules of {@link #text}.
     *
     * @param field the field
     * @param text  the text given; may be null
     * @param max   the most characters
     * @return the text, empty for none, or null when the field is at fault
     */
    public String optionalText(String field, String text, int max) {
        String value = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (value.codePointCount(0, value.length()) > max) {
            add(field, KitWording.TOO_LONG, max);
            return null;
        }
        if (PlainText.Check.hasControlCharacters(value)) {
            add(field, KitWording.CONTROL_CHARACTERS);
            return null;
        }
        return value;
    }

    /**
     * Reads a day as bodies send it, {@code YYYY-MM-DD} (since contract 1.5).
     *
     * @param field the field
     * @param text  the day given; may be null
     * @return the day, or null when none or no day was given (the field is then at fault)
     */
    public LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            add(field, KitWording.NOT_A_DATE);
            return null;
        }
    }

    /**
     * @param field   the field
     * @param address the address given; may be null
     * @return the stripped address, or null when it is missing or not an address (the field is then at fault)
     */
    public String email(String field, String address) {
        String value = text(field, address, 320);
        if (value != null && !EMAIL.matcher(value).matches()) {
            add(field, KitWording.NOT_AN_EMAIL);
            return null;
        }
        return value;
    }

    /**
     * @param field  the field
     * @param values the closed list
     * @param code   the code given; may be null
     * @param <E>    the list
     * @return the value, or null when none or an unknown code was given (the field is then at fault)
     */
    public <E extends Enum<E> & Coded> E code(String field, E[] values, String code) {
        if (code == null || code.isBlank()) {
            add(field, KitWording.REQUIRED);
            return null;
        }
        return optionalCode(field, values, code).orElse(null);
    }

    /**
     * @param field  the field
     * @param values the closed list
     * @param code   the code given; null or blank for none
     * @param <E>    the list
     * @return the value; empty when none was given or the code is unknown (the field is then at fault)
     */
    public <E extends Enum<E> & Coded> Optional<E> optionalCode(String field, E[] values, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<E> value = Coded.byCode(values, code.strip());
        if (value.isEmpty()) {
            oneOf(field, values);
        }
        return value;
    }

    /** @return whether no field is at fault so far */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws ProblemException 422 naming every field at fault, if there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw problem();
        }
    }

    /**
     * @return a 422 problem naming every field at fault
     * @throws IllegalStateException if no field is at fault
     */
    public ProblemException problem() {
        if (errors.isEmpty()) {
            throw new IllegalStateException("no field is at fault");
        }
        return new ProblemException(STATUS, "Invalid input", "invalid: " + String.join(", ", errors.keySet()), errors);
    }
}
