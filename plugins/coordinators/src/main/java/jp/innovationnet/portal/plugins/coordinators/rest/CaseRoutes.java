package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
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
import jp.innovationnet.portal.plugin.api.kit.Page;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.coordinators.activity.ExchangeActivity;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseRefusal;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Cases;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SuccessFactor;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SupportCase;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * The case knowledge base: coordinators write cases, another coordinator reviews each, published ones are searched
 * by whoever their audience includes. A case a caller may not see does not exist for them (404).
 */
final class CaseRoutes {

    private static final List<SearchQuery.Filter> FILTERS = List.of(
            new SearchQuery.Filter("outcome", Facet.OUTCOME, Outcome.values()),
            new SearchQuery.Filter("factor", Facet.FACTOR, SuccessFactor.values()),
            new SearchQuery.Filter("region", Facet.REGION, Region.values()),
            new SearchQuery.Filter("industry", Facet.INDUSTRY, Industry.values()),
            new SearchQuery.Filter("programme", Facet.PROGRAMME, Programme.values()));

    /** @param reviewerId the coordinator asked to review */
    public record Submission(@NotBlank @Size(max = 64) @PlainText String reviewerId) {
    }

    /** @param comment what the author should change */
    public record Return(@NotBlank @Size(max = 2000) @PlainText @NoMarkup String comment) {
    }

    private final PluginContext context;
    private final Cases cases;
    private final Terms analysis;
    private final Clock clock;

    CaseRoutes(PluginContext context, Cases cases, Terms analysis, Clock clock) {
        this.context = context;
        this.cases = cases;
        this.analysis = analysis;
        this.clock = clock;
    }

    void register(Routes routes) {
        Access coordinators = ProfileRoutes.COORDINATORS;
        routes.get("/cases", Access.PUBLIC, "Published cases the caller may read, by words and filters",
                this::search);
        routes.get("/cases/mine", coordinators, "Drafts and cases in review the caller writes or reviews",
                this::mine);
        routes.post("/cases", coordinators, "Write a case (a draft)", this::create);
        routes.get("/cases/{id}", Access.PUBLIC, "A case, as far as the caller may read it", this::read);
        routes.put("/cases/{id}", coordinators, "Edit a draft (its author)", this::edit);
        routes.post("/cases/{id}/submit", coordinators, "Ask another coordinator to review a draft", this::submit);
        routes.post("/cases/{id}/approve", coordinators, "Publish a case in review (its reviewer)", this::approve);
        routes.post("/cases/{id}/return", coordinators, "Return a case in review to its author", this::sendBack);
    }

    private RouteResponse search(RouteRequest request) {
        Viewer viewer = Viewer.of(request.caller());
        SearchQuery query = SearchQuery.of(request, analysis, FILTERS);
        List<Hit> hits = Search.cases(request.entityManager(), viewer.reach(), query.words(), query.facets());
        List<Hit> page = query.pageOf(hits);
        Map<Long, SupportCase> found = cases.findAll(request.entityManager(),
                        page.stream().map(hit -> Long.valueOf(hit.id())).toList()).stream()
                .collect(Collectors.toMap(SupportCase::id, Function.identity()));
        List<CaseView> items = page.stream()
                .map(hit -> CaseView.of(found.get(Long.valueOf(hit.id())), viewer, context.markdown())).toList();
        return RouteResponse.ok(Page.of(items, query.page(), hits.size()));
    }

    private RouteResponse mine(RouteRequest request) {
        Viewer viewer = Viewer.of(request.caller());
        return RouteResponse.ok(cases.unpublishedOf(request.entityManager(), viewer.userId()).stream()
                .map(c -> CaseView.of(c, viewer, context.markdown())).toList());
    }

    private RouteResponse create(RouteRequest request) {
        Caller caller = request.caller();
        var content = request.body(CaseInput.class).content(caller.locale());
        SupportCase created = cases.add(request.entityManager(),
                new SupportCase(caller.userId(), caller.displayName(), content, clock.instant()));
        context.audit().record("case.created", "case", String.valueOf(created.id()), Map.of());
        return RouteResponse.created(URI.create("cases/" + created.id()), view(created, request));
    }

    private RouteResponse read(RouteRequest request) {
        return RouteResponse.ok(view(visible(request), request));
    }

    private RouteResponse edit(RouteRequest request) {
        SupportCase draft = visible(request);
        var content = request.body(CaseInput.class).content(request.caller().locale());
        step(request, () -> draft.edit(request.caller().userId(), content, clock.instant()));
        return RouteResponse.ok(view(draft, request));
    }

    private RouteResponse submit(RouteRequest request) {
        SupportCase draft = visible(request);
        Caller caller = request.caller();
        String reviewerId = request.body(Submission.class).reviewerId().strip();
        if (reviewerId.equals(caller.userId())) {
            throw FieldErrors.single(caller.locale(), "reviewerId", CoordinatorsWording.OWN_REVIEW);
        }
        Person reviewer = context.directory().person(reviewerId).filter(p -> p.hasRole(Viewer.COORDINATOR))
                .orElseThrow(() -> FieldErrors.single(caller.locale(), "reviewerId",
                        CoordinatorsWording.NOT_A_COORDINATOR));
        step(request, () -> draft.submit(caller.userId(), reviewer.userId(), reviewer.displayName(),
                clock.instant()));
        context.audit().record("case.submitted", "case", String.valueOf(draft.id()), Map.of("reviewer", reviewerId));
        return RouteResponse.ok(view(draft, request));
    }

    private RouteResponse approve(RouteRequest request) {
        SupportCase reviewed = visible(request);
        step(request, () -> cases.publish(request.entityManager(), reviewed, request.caller().userId(),
                clock.instant()));
        new ExchangeActivity(context.activities()).published(reviewed);
        context.audit().record("case.published", "case", String.valueOf(reviewed.id()), Map.of());
        return RouteResponse.ok(view(reviewed, request));
    }

    private RouteResponse sendBack(RouteRequest request) {
        SupportCase reviewed = visible(request);
        String comment = request.body(Return.class).comment().strip();
        step(request, () -> reviewed.sendBack(request.caller().userId(), comment, clock.instant()));
        context.audit().record("case.returned", "case", String.valueOf(reviewed.id()), Map.of());
        return RouteResponse.ok(view(reviewed, request));
    }

    private SupportCase visible(RouteRequest request) {
        long id = PathId.of(request, "id", "case");
        return cases.find(request.entityManager(), id).filter(c -> c.visibleTo(Viewer.of(request.caller())))
                .orElseThrow(() -> ProblemException.notFound("case " + id));
    }

    private CaseView view(SupportCase supportCase, RouteRequest request) {
        return CaseView.of(supportCase, Viewer.of(request.caller()), context.markdown());
    }

    /** Runs a workflow step; a refusal is 403 (not the caller's part) or 409 naming {@code status}. */
    private static void step(RouteRequest request, Runnable change) {
        try {
            change.run();
        } catch (CaseRefusal refusal) {
            var locale = request.caller().locale();
            throw switch (refusal.reason()) {
                case NOT_AUTHOR -> ProblemException.forbidden(CoordinatorsWording.NOT_AUTHOR.in(locale));
                case NOT_REVIEWER -> ProblemException.forbidden(CoordinatorsWording.NOT_REVIEWER.in(locale));
                case NOT_DRAFT -> conflict(CoordinatorsWording.NOT_DRAFT.in(locale));
                case NOT_IN_REVIEW -> conflict(CoordinatorsWording.NOT_IN_REVIEW.in(locale));
            };
        }
    }

    private static ProblemException conflict(String message) {
        return new ProblemException(409, "Conflict", message, Map.of("status", message));
    }
}
