package jp.innovationnet.portal.plugins.events.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a registrant's answers against the questions an event asks, and writes them as they are stored. */
public final class Answers {

    /** The longest text answer, in characters. */
    public static final int MAX_TEXT = 2000;

    private Answers() {
    }

    /**
     * The answers as stored, or what is wrong with them.
     *
     * @param values   question id to answer: stripped, choices as the option's index, yes-no as {@code yes}/{@code no};
     *                 questions left blank are absent
     * @param problems question id (as sent) to what is wrong; empty when all is well
     */
    public record Checked(Map<String, String> values, Map<String, AnswerProblem> problems) {

        public Checked {
            values = Map.copyOf(values);
            problems = Map.copyOf(problems);
        }
    }

    /**
     * @param asked the questions the event asks (not the removed ones)
     * @param given question id to answer as sent; may be null for no answers
     * @return the answers as stored and the problems, each question at most once
     */
    public static Checked check(List<Question> asked, Map<String, String> given) {
        Map<String, String> answers = given == null ? Map.of() : given;
        Map<String, Question> byKey = asked.stream()
                .collect(Collectors.toMap(Question::key, Function.identity()));
        Map<String, AnswerProblem> problems = new LinkedHashMap<>();
        answers.keySet().stream().filter(key -> !byKey.containsKey(key))
                .forEach(key -> problems.put(key, AnswerProblem.UNKNOWN_QUESTION));
        Map<String, String> values = new LinkedHashMap<>();
        for (Question question : asked) {
            String value = answers.get(question.key());
            String text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                if (question.required()) {
                    problems.put(question.key(), AnswerProblem.REQUIRED);
                }
                continue;
            }
            AnswerProblem problem = problemOf(question, text);
            if (problem == null) {
                values.put(question.key(), stored(question, text));
            } else {
                problems.put(question.key(), problem);
            }
        }
        return new Checked(values, problems);
    }

    private static AnswerProblem problemOf(Question question, String text) {
        return switch (question.type()) {
            case TEXT -> text.codePointCount(0, text.length()) > MAX_TEXT ? AnswerProblem.TOO_LONG : null;
            case CHOICE -> optionIndex(text) < question.options().size() ? null : AnswerProblem.NOT_AN_OPTION;
            case YES_NO -> List.of("yes", "no").contains(text.toLowerCase(Locale.ROOT)) ? null : AnswerProblem.NOT_YES_NO;
        };
    }

    private static String stored(Question question, String text) {
        return switch (question.type()) {
            case TEXT -> text;
            case CHOICE -> Integer.toString(optionIndex(text));
            case YES_NO -> text.toLowerCase(Locale.ROOT);
        };
    }

    /** @return the index the text names, or {@link Integer#MAX_VALUE} if it names none */
    private static int optionIndex(String text) {
        if (!text.matches("\\d{1,3}")) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(text);
    }
}
