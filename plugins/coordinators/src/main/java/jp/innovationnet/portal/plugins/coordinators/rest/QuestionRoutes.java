package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Page;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.question.Answer;
import jp.innovationnet.portal.plugins.coordinators.question.ExpertCall;
import jp.innovationnet.portal.plugins.coordinators.question.Question;
import jp.innovationnet.portal.plugins.coordinators.question.Questions;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Questions to the network: asked by coordinators, members' staff and steering agencies, read by the network and
 * members' staff (never by visitors or overseas partners), searched by words and filters; a coordinator's home page
 * lists the open ones that match their profile.
 */
final class QuestionRoutes {

    /** Who reads questions and answers, and votes: the network and members' staff. */
    static final Access READERS = Access.anyRole(Viewer.COORDINATOR, "secretariat", "steering-agency", "member-admin",
            "member-staff");

    /** Who asks. */
    static final Access ASKERS = Access.anyRole(Viewer.COORDINATOR, "steering-agency", "member-admin",
            "member-staff");

    /** How many open questions a coordinator's home page gets at most. */
    static final int MATCHING = 20;

    private static final List<SearchQuery.Filter> FILTERS = List.of(
            new SearchQuery.Filter("field", Facet.FIELD, ActivityField.values()),
            new SearchQuery.Filter("service", Facet.SERVICE, SupportService.values()),
            new SearchQuery.Filter("region", Facet.REGION, Region.values()));

    private final PluginContext context;
    private final Questions questions;
    private final Profiles profiles;
    private final Terms analysis;
    private final Clock clock;

    QuestionRoutes(PluginContext context, Questions questions, Profiles profiles, Terms analysis, Clock clock) {
        this.context = context;
        this.questions = questions;
        this.profiles = profiles;
        this.analysis = analysis;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/questions", READERS, "Questions by words and filters (open=true: without an accepted answer)",
                this::search);
        routes.post("/questions", ASKERS, "Ask a question (askExperts: the three best-matched experts are asked)",
                this::ask);
        routes.get("/questions/matching", ProfileRoutes.COORDINATORS,
                "Open questions matching the caller's profile, newest first (the home page's panel)", this::matching);
        routes.get("/questions/{id}", READERS, "A question with its answers", this::read);
    }

    private RouteResponse search(RouteRequest request) {
        SearchQuery query = SearchQuery.of(request, analysis, FILTERS);
        boolean open = request.queryParam("open").map("true"::equals).orElse(false);
        List<Hit> hits = Search.questions(request.entityManager(), Questions.READERS.rank(), query.words(),
                query.facets(), open);
        List<Long> ids = query.pageOf(hits).stream().map(hit -> Long.valueOf(hit.id())).toList();
        return RouteResponse.ok(Page.of(listed(request, ids), query.page(), hits.size()));
    }

    private RouteResponse ask(RouteRequest request) {
        Caller caller = request.caller();
        QuestionInput input = request.body(QuestionInput.class);
        Question asked = questions.add(request.entityManager(), new Question(caller.userId(), caller.displayName(),
                input.content(caller.locale()), clock.instant()));
        if (input.asksExperts()) {
            new ExpertCall(context, analysis).ask(request.entityManager(), asked);
        }
        context.audit().record("question.asked", "question", String.valueOf(asked.id()),
                Map.of("expertsAsked", String.join(" ", asked.askedExperts())));
        return RouteResponse.created(URI.create("questions/" + asked.id()), view(request, asked));
    }

    private RouteResponse matching(RouteRequest request) {
        String userId = request.caller().userId();
        List<String> terms = profiles.find(request.entityManager(), userId).map(Profile::content)
                .map(p -> Facet.interests(p.fields(), p.services(), p.region(), p.tags())).orElse(List.of());
        return RouteResponse.ok(listed(request, Search.openQuestionsMatching(request.entityManager(),
                Questions.READERS.rank(), terms, userId, MATCHING)));
    }

    private RouteResponse read(RouteRequest request) {
        return RouteResponse.ok(view(request, find(request, questions)));
    }

    /**
     * @param request   a request with the question's id in its path
     * @param questions the questions
     * @return the question (404 when there is none)
     */
    static Question find(RouteRequest request, Questions questions) {
        long id = PathId.of(request, "id", "question");
        return questions.find(request.entityManager(), id)
                .orElseThrow(() -> ProblemException.notFound("question " + id));
    }

    /**
     * @param request  the request
     * @param question a question
     * @return it with its answers as the caller sees them
     */
    QuestionView view(RouteRequest request, Question question) {
        String reader = request.caller().userId();
        Map<Long, Integer> votes = questions.votesOf(request.entityManager(), question.id(), reader);
        Long accepted = question.acceptedAnswerId();
        List<AnswerView> answers = questions.answersTo(request.entityManager(), question.id()).stream()
                .sorted(Comparator.comparing((Answer a) -> !Long.valueOf(a.id()).equals(accepted))
                        .thenComparing(Comparator.comparingInt(Answer::score).reversed()))
                .map(a -> AnswerView.of(a, votes.getOrDefault(a.id(), 0), Long.valueOf(a.id()).equals(accepted),
                        a.authorId().equals(reader), context.markdown()))
                .toList();
        return QuestionView.of(question, reader, request.caller().locale(), context.markdown(), answers);
    }

    private List<QuestionView> listed(RouteRequest request, List<Long> ids) {
        Map<Long, Question> found = questions.findAll(request.entityManager(), ids).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        return ids.stream().map(id -> QuestionView.of(found.get(id), request.caller().userId(),
                request.caller().locale(), context.markdown(), List.of())).toList();
    }
}
