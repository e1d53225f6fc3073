package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.coordinators.activity.ExchangeActivity;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.question.Answer;
import jp.innovationnet.portal.plugins.coordinators.question.Question;
import jp.innovationnet.portal.plugins.coordinators.question.QuestionRefusal;
import jp.innovationnet.portal.plugins.coordinators.question.Questions;

/**
 * Answers: written by the network (coordinators, the secretariat, steering agencies), voted on by every reader of
 * questions (not on one's own answer: 422 naming {@code value}), one accepted by the question's asker (anyone else
 * 403; an answer to another question 422 naming {@code answerId}).
 */
final class AnswerRoutes {

    /** Who answers: the network. */
    static final Access ANSWERERS = Access.anyRole(Viewer.COORDINATOR, "secretariat", "steering-agency");

    /** @param body the answer, plain text or Markdown */
    public record AnswerInput(@NotBlank @Size(max = 8000) @PlainText @NoMarkup String body) {
    }

    /** @param value +1 or -1 */
    public record VoteInput(@NotNull @Min(-1) @Max(1) Integer value) {
    }

    /** @param answerId the answer accepted, one of the question's */
    public record Acceptance(@NotNull Long answerId) {
    }

    private final PluginContext context;
    private final Questions questions;
    private final QuestionRoutes reading;
    private final Clock clock;

    AnswerRoutes(PluginContext context, Questions questions, QuestionRoutes reading, Clock clock) {
        this.context = context;
        this.questions = questions;
        this.reading = reading;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.post("/questions/{id}/answers", ANSWERERS, "Answer a question", this::write);
        routes.post("/questions/{id}/accept", QuestionRoutes.ASKERS, "Accept one answer (the question's asker)",
                this::accept);
        routes.post("/answers/{id}/vote", QuestionRoutes.READERS, "Vote +1 or -1 on an answer (once; again replaces)",
                this::vote);
    }

    private RouteResponse write(RouteRequest request) {
        Question question = QuestionRoutes.find(request, questions);
        Caller caller = request.caller();
        String body = Texts.stripped(request.body(AnswerInput.class).body());
        Answer written = questions.answer(request.entityManager(), question,
                new Answer(question.id(), caller.userId(), caller.displayName(), body, clock.instant()));
        context.audit().record("answer.written", "answer", String.valueOf(written.id()),
                Map.of("question", String.valueOf(question.id())));
        return RouteResponse.created(URI.create("../questions/" + question.id()), reading.view(request, question));
    }

    private RouteResponse accept(RouteRequest request) {
        Question question = QuestionRoutes.find(request, questions);
        Caller caller = request.caller();
        long answerId = request.body(Acceptance.class).answerId();
        Answer answer = questions.findAnswer(request.entityManager(), answerId)
                .orElseThrow(() -> FieldErrors.single(caller.locale(), "answerId",
                        CoordinatorsWording.NOT_AN_ANSWER_TO_IT));
        Optional<Long> earlier = Optional.ofNullable(question.acceptedAnswerId()).filter(id -> id != answer.id());
        refused(request, () -> questions.accept(request.entityManager(), question, answer, caller.userId(),
                clock.instant()));
        new ExchangeActivity(context.activities()).accepted(question, earlier, answer, clock.instant());
        context.audit().record("answer.accepted", "answer", String.valueOf(answerId),
                Map.of("question", String.valueOf(question.id())));
        return RouteResponse.ok(reading.view(request, question));
    }

    private RouteResponse vote(RouteRequest request) {
        Answer answer = find(request);
        int value = request.body(VoteInput.class).value();
        if (value == 0) {
            throw FieldErrors.single(request.caller().locale(), "value", CoordinatorsWording.VOTE_UP_OR_DOWN);
        }
        refused(request, () -> questions.vote(request.entityManager(), answer, request.caller().userId(), value));
        Question question = questions.find(request.entityManager(), answer.questionId()).orElseThrow();
        return RouteResponse.ok(reading.view(request, question));
    }

    /**
     * @param request a request with the answer's id in its path
     * @return the answer (404 when there is none)
     */
    Answer find(RouteRequest request) {
        long id = PathId.of(request, "id", "answer");
        return questions.findAnswer(request.entityManager(), id)
                .orElseThrow(() -> ProblemException.notFound("answer " + id));
    }

    /** Runs a step; a refusal is 403 (not the asker) or 422 naming the field at fault. */
    static void refused(RouteRequest request, Runnable step) {
        try {
            step.run();
        } catch (QuestionRefusal refusal) {
            var locale = request.caller().locale();
            throw switch (refusal.reason()) {
                case NOT_ASKER -> ProblemException.forbidden(CoordinatorsWording.NOT_ASKER.in(locale));
                case OWN_ANSWER -> FieldErrors.single(locale, "value", CoordinatorsWording.OWN_ANSWER);
                case OTHER_QUESTION -> FieldErrors.single(locale, "answerId", CoordinatorsWording.NOT_AN_ANSWER_TO_IT);
            };
        }
    }
}
