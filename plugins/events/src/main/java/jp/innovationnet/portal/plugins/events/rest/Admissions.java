package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.question.Answers;
import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.question.Questionnaire;

/** What every way of registering checks first: that the event takes registrations, and the answers. */
final class Admissions {

    private Admissions() {
    }

    /**
     * @param event  the event
     * @param locale the reader's language
     * @throws ProblemException 409 if it is not published, 422 naming {@code registrationOpens} or
     *                          {@code registrationCloses} outside its registration period
     */
    static void requireOpen(Event event, Locale locale) {
        switch (event.registrationWindow(Instant.now())) {
            case OPEN -> { }
            case NOT_PUBLISHED -> throw new ProblemException(409, "Conflict",
                    Message.NOT_PUBLISHED.in(locale, event.status().label(locale)),
                    Map.of("status", Message.NOT_PUBLISHED.in(locale, event.status().label(locale))));
            case NOT_YET_OPEN -> throw FieldErrors.single(locale, "registrationOpens", Message.REGISTRATION_NOT_OPEN,
                    event.registrationOpensAt().orElseThrow());
            case ENDED -> throw FieldErrors.single(locale, "registrationCloses", Message.REGISTRATION_CLOSED,
                    event.registrationClosesAt());
        }
    }

    /**
     * @param request the request
     * @param event   the event
     * @param given   question id to answer as sent; may be null
     * @return the answers as stored
     * @throws ProblemException 422 naming each answer at fault ({@code answers.q2})
     */
    static Map<String, String> answers(RouteRequest request, Event event, Map<String, String> given) {
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        List<Question> asked = new Questionnaire(request.entityManager()).asked(event.id());
        Answers.Checked checked = Answers.check(asked, given);
        checked.problems().forEach((key, problem) -> {
            String field = "answers." + key;
            switch (problem) {
                case UNKNOWN_QUESTION -> errors.add(field, Message.UNKNOWN_QUESTION);
                case REQUIRED -> errors.add(field, KitWording.REQUIRED);
                case NOT_AN_OPTION -> errors.add(field, Message.NOT_AN_OPTION, asked.stream()
                        .filter(q -> q.key().equals(key)).findFirst().map(q -> q.options().size() - 1).orElse(0));
                case NOT_YES_NO -> errors.add(field, Message.NOT_YES_NO);
                case TOO_LONG -> errors.add(field, KitWording.TOO_LONG, Answers.MAX_TEXT);
            }
        });
        errors.throwIfAny();
        return checked.values();
    }

    /**
     * Reads a body that may be left out (a one-click registration sends none).
     *
     * @param request the request
     * @param type    the body's class
     * @param <T>     the type
     * @return the body, if there is one
     */
    static <T> Optional<T> optionalBody(RouteRequest request, Class<T> type) {
        boolean none = request.header("Content-Length").map(String::strip).map("0"::equals)
                .orElseGet(() -> request.header("Transfer-Encoding").isEmpty());
        return none ? Optional.empty() : Optional.of(request.body(type));
    }
}
