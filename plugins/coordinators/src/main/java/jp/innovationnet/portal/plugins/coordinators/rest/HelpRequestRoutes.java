package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Page;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpKind;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequests;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpStatus;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelperCall;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Help requests: posted by coordinators, read by the network (coordinators, the secretariat, steering agencies;
 * never members' staff without the coordinator role, overseas partners or visitors), searched by words and filters;
 * a coordinator's home page lists the open ones matching their profile.
 */
final class HelpRequestRoutes {

    /** Who reads help requests: the network. */
    static final Access NETWORK = Access.anyRole(Viewer.COORDINATOR, "secretariat", "steering-agency");

    /** How many open requests a coordinator's home page gets at most. */
    static final int MATCHING = 20;

    private static final List<SearchQuery.Filter> FILTERS = List.of(
            new SearchQuery.Filter("field", Facet.FIELD, ActivityField.values()),
            new SearchQuery.Filter("service", Facet.SERVICE, SupportService.values()),
            new SearchQuery.Filter("region", Facet.REGION, Region.values()));

    private final PluginContext context;
    private final HelpRequests requests;
    private final Profiles profiles;
    private final Terms analysis;
    private final Clock clock;

    HelpRequestRoutes(PluginContext context, HelpRequests requests, Profiles profiles, Terms analysis, Clock clock) {
        this.context = context;
        this.requests = requests;
        this.profiles = profiles;
        this.analysis = analysis;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/help-requests", NETWORK, "Help requests by words and filters (kind, status, field, service,"
                + " region, tag; mine=true: the caller's requests and offers), best matched first, else newest first",
                this::search);
        routes.post("/help-requests", ProfileRoutes.COORDINATORS, "Post a help request (the best-matched available"
                + " experts are notified)", this::post);
        routes.get("/help-requests/matching", ProfileRoutes.COORDINATORS,
                "Open help requests matching the caller's profile, nearest deadline first (the home page's panel)",
                this::matching);
        routes.get("/help-requests/{id}", NETWORK, "A help request with the offers the caller may read", this::read);
        routes.post("/help-requests/{id}/cancel", ProfileRoutes.COORDINATORS, "Withdraw one's request",
                this::cancel);
    }

    private RouteResponse search(RouteRequest request) {
        SearchQuery query = SearchQuery.of(request, analysis, FILTERS);
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        Optional<HelpKind> kind = errors.optionalCode("kind", HelpKind.values(),
                request.queryParam("kind").orElse(null));
        Optional<HelpStatus> status = errors.optionalCode("status", HelpStatus.values(),
                request.queryParam("status").orElse(null));
        errors.throwIfAny();
        String involving = request.queryParam("mine").filter("true"::equals).map(mine -> request.caller().userId())
                .orElse(null);
        List<Hit> hits = Search.helpRequests(request.entityManager(), HelpRequests.READERS.rank(), query.words(),
                query.facets(), kind.map(Coded::code).orElse(null),
                status.map(s -> List.of(s.code())).orElse(List.of()), involving);
        List<Long> ids = query.pageOf(hits).stream().map(hit -> Long.valueOf(hit.id())).toList();
        return RouteResponse.ok(Page.of(listed(request, ids), query.page(), hits.size()));
    }

    private RouteResponse post(RouteRequest request) {
        Caller caller = request.caller();
        HelpRequestInput input = request.body(HelpRequestInput.class);
        HelpRequest posted = requests.add(request.entityManager(), new HelpRequest(caller.userId(),
                caller.displayName(), caller.organizationId().orElse(null),
                input.content(caller.locale(), today(), context.directory()), clock.instant()));
        List<String> told = new HelperCall(context, analysis, profiles).call(request.entityManager(), posted);
        context.audit().record("help-request.posted", "help-request", String.valueOf(posted.id()),
                Map.of("expertsNotified", String.join(" ", told)));
        return RouteResponse.created(URI.create("help-requests/" + posted.id()), view(request, posted));
    }

    private RouteResponse matching(RouteRequest request) {
        String userId = request.caller().userId();
        List<String> terms = profiles.find(request.entityManager(), userId).map(Profile::content)
                .map(p -> Facet.interests(p.fields(), p.services(), p.region(), p.tags())).orElse(List.of());
        return RouteResponse.ok(listed(request, Search.openHelpRequestsMatching(request.entityManager(),
                HelpRequests.READERS.rank(), terms, userId, MATCHING)));
    }

    private RouteResponse read(RouteRequest request) {
        return RouteResponse.ok(view(request, find(request)));
    }

    private RouteResponse cancel(RouteRequest request) {
        HelpRequest help = find(request);
        HelpProblems.refused(request, help, () -> requests.cancel(help, request.caller().userId(), clock.instant()));
        context.audit().record("help-request.cancelled", "help-request", String.valueOf(help.id()), Map.of());
        return RouteResponse.ok(view(request, help));
    }

    /**
     * @param request a request with the help request's id in its path
     * @return the help request (404 when there is none)
     */
    HelpRequest find(RouteRequest request) {
        long id = PathId.of(request, "id", "help request");
        return requests.find(request.entityManager(), id)
                .orElseThrow(() -> ProblemException.notFound("help request " + id));
    }

    /**
     * @param request the route's request
     * @param help    a help request
     * @return it as the caller reads it
     */
    HelpRequestView view(RouteRequest request, HelpRequest help) {
        return HelpRequestView.of(help, requests.offersOn(request.entityManager(), help.id()),
                Viewer.of(request.caller()), today(), context.directory());
    }

    /** @return today in Japan */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessDays.ZONE);
    }

    private List<HelpRequestView> listed(RouteRequest request, List<Long> ids) {
        Map<Long, HelpRequest> found = requests.findAll(request.entityManager(), ids).stream()
                .collect(Collectors.toMap(HelpRequest::id, Function.identity()));
        return ids.stream().map(id -> view(request, found.get(id))).toList();
    }
}
