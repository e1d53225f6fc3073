package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Checks an {@link FaqInput}: every field at fault is named in one 400 problem, nothing is saved. */
final class FaqInputParser {

    static final int QUESTION_LENGTH = 500;
    static final int ANSWER_LENGTH = 10_000;
    /** The desk's references: year, then twice four Crockford base-32 characters. */
    private static final Pattern REFERENCE = Pattern.compile("Q\\d{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FaqInputParser(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param input  what was sent; may be null (an empty body)
     * @param locale the reader's language
     * @return the entry's text
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 400 naming each field at fault
     */
    static FaqText text(FaqInput input, Locale locale) {
        FaqInputParser parser = new FaqInputParser(locale);
        FaqInput sent = input != null ? input : new FaqInput(null, null, null, null, null);
        Topic topic = parser.topic(sent.topic());
        FaqInput.Texts question = sent.question() != null ? sent.question() : new FaqInput.Texts(null, null);
        FaqInput.Texts answer = sent.answer() != null ? sent.answer() : new FaqInput.Texts(null, null);
        FaqText text = new FaqText(topic,
                parser.checked("question.ja", question.ja(), QUESTION_LENGTH),
                parser.checked("question.en", question.en(), QUESTION_LENGTH),
                parser.checked("answer.ja", answer.ja(), ANSWER_LENGTH),
                parser.checked("answer.en", answer.en(), ANSWER_LENGTH));
        parser.throwIfAny();
        return text;
    }

    /**
     * @param reference a source reference as sent; may be null or blank
     * @param locale    the reader's language
     * @return the reference, if one was sent
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 400 naming {@code sourceReference} if it is
     *                                                                  not one
     */
    static Optional<String> sourceReference(String reference, Locale locale) {
        Optional<String> sent = Optional.ofNullable(reference).map(String::strip).filter(r -> !r.isEmpty());
        if (sent.isPresent() && !REFERENCE.matcher(sent.get()).matches()) {
            throw FaqMessage.badRequest(Map.of("sourceReference", FaqMessage.NOT_A_REFERENCE.in(locale)));
        }
        return sent;
    }

    /**
     * @param name   the query parameter
     * @param code   its value, if given
     * @param locale the reader's language
     * @return the topic, if one was named
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 400 naming the parameter if it names none
     */
    static Optional<Topic> topicParam(String name, Optional<String> code, Locale locale) {
        if (code.isEmpty() || code.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Coded.byCode(Topic.values(), code.get().strip())
                .orElseThrow(() -> FaqMessage.badRequest(Map.of(name, oneOf(locale)))));
    }

    private Topic topic(String code) {
        if (code == null || code.isBlank()) {
            errors.put("topic", FaqMessage.REQUIRED.in(locale));
            return null;
        }
        Optional<Topic> topic = Coded.byCode(Topic.values(), code.strip());
        if (topic.isEmpty()) {
            errors.put("topic", oneOf(locale));
        }
        return topic.orElse(null);
    }

    private static String oneOf(Locale locale) {
        return FaqMessage.ONE_OF.in(locale, Arrays.stream(Topic.values()).map(Topic::code)
                .collect(Collectors.joining(", ")));
    }

    private String checked(String field, String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            errors.put(field, FaqMessage.TOO_LONG.in(locale, maxLength));
        } else if (CONTROL.matcher(stripped).find()) {
            errors.put(field, FaqMessage.CONTROL_CHARACTERS.in(locale));
        }
        return stripped;
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw FaqMessage.badRequest(errors);
        }
    }
}
