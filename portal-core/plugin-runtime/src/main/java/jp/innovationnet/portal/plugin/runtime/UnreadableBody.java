package jp.innovationnet.portal.plugin.runtime;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;

/**
 * A route body JSON-B could not read, as the caller reads it: the field whose value has the wrong kind named in a
 * 422 (a date that is no date, text for a number, e.g. {@code dispatch.to}), else a 400 saying the body is not JSON of
 * the expected shape; in the caller's language, without the parser's words.
 */
final class UnreadableBody {

    /** How Yasson names the property it could not read, outermost first. */
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private UnreadableBody() {
    }

    /**
     * @param failure what JSON-B threw
     * @param locale  the caller's language
     * @return the problem to answer with
     */
    static ProblemException problem(JsonbException failure, Locale locale) {
        List<String> path = path(failure.getMessage());
        if (path.isEmpty()) {
            return new ProblemException(400, "Malformed body", KitWording.MALFORMED_BODY.in(locale), Map.of());
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        KitWording wording = root instanceof DateTimeParseException ? KitWording.NOT_A_DATE
                : root instanceof NumberFormatException ? KitWording.NOT_A_NUMBER : KitWording.WRONG_TYPE;
        return FieldErrors.single(locale, String.join(".", path), wording);
    }

    /** @return the properties named in a message, outermost first: {@code dispatch}, {@code to} */
    private static List<String> path(String message) {
        List<String> path = new ArrayList<>();
        if (message != null) {
            Matcher matcher = PROPERTY.matcher(message);
            while (matcher.find()) {
                path.add(matcher.group(1));
            }
        }
        return path;
    }
}
