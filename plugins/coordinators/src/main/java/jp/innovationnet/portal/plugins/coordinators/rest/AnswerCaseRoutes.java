package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.question.Answer;
import jp.innovationnet.portal.plugins.coordinators.question.QuestionContent;
import jp.innovationnet.portal.plugins.coordinators.question.Questions;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseContent;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseLanguage;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Cases;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CompanySize;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SupportCase;

/**
 * A good answer becomes a case draft ({@code POST /answers/{id}/case-draft}), by the answer's author or by the
 * question's asker when a coordinator: the draft's title and challenge are the question's, its approach the answer's,
 * its tags and region the question's; the asker's identity is never copied. The draft is for the network, and its
 * author completes the company, outcomes and lessons before asking for review.
 */
final class AnswerCaseRoutes {

    private final PluginContext context;
    private final Questions questions;
    private final Cases cases;
    private final Profiles profiles;
    private final AnswerRoutes answers;
    private final Clock clock;

    AnswerCaseRoutes(PluginContext context, Questions questions, Cases cases, Profiles profiles, AnswerRoutes answers,
                     Clock clock) {
        this.context = context;
        this.questions = questions;
        this.cases = cases;
        this.profiles = profiles;
        this.answers = answers;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.post("/answers/{id}/case-draft", ProfileRoutes.COORDINATORS,
                "A case draft from an answer (its author, or the question's asker), without the asker's identity",
                this::draft);
    }

    private RouteResponse draft(RouteRequest request) {
        Answer answer = answers.find(request);
        Caller caller = request.caller();
        var question = questions.find(request.entityManager(), answer.questionId()).orElseThrow();
        if (!answer.authorId().equals(caller.userId()) && !question.askerId().equals(caller.userId())) {
            throw ProblemException.forbidden(CoordinatorsWording.NOT_ANSWERER_OR_ASKER.in(caller.locale()));
        }
        QuestionContent asked = question.content();
        String region = asked.region() != null ? asked.region() : profiles.find(request.entityManager(),
                caller.userId()).map(p -> p.content().region()).orElse(Region.values()[0].code());
        String challenge = asked.body().length() > 4000 ? asked.body().substring(0, 4000) : asked.body();
        CaseContent content = new CaseContent(CaseLanguage.JA, asked.title(), challenge, CompanySize.SMALL,
                Industry.OTHER.code(), region, null, answer.body(), List.of(), List.of(), List.of(), "", List.of(),
                asked.tags(), Audience.NETWORK);
        SupportCase created = cases.add(request.entityManager(),
                new SupportCase(caller.userId(), caller.displayName(), content, clock.instant()));
        context.audit().record("case.created", "case", String.valueOf(created.id()),
                Map.of("answer", String.valueOf(answer.id())));
        return RouteResponse.created(URI.create("../cases/" + created.id()),
                CaseView.of(created, Viewer.of(caller), context.markdown()));
    }
}
