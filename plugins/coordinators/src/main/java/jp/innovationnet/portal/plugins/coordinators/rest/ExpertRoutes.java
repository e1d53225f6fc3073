package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.activity.ActivityMatch;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Page;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Language;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * The expert finder: {@code GET /experts?q=&tag=&field=&service=&region=&language=&industry=&programme=}. The words
 * rank first; among equals, the coordinators whose reports in the activity log match the region, fields and services
 * searched (the inquiries they answered there, their events, answers and cases) come first; a search that names none
 * of them ranks by the words alone, then by name.
 */
final class ExpertRoutes {

    private static final List<SearchQuery.Filter> FILTERS = List.of(
            new SearchQuery.Filter("field", Facet.FIELD, ActivityField.values()),
            new SearchQuery.Filter("service", Facet.SERVICE, SupportService.values()),
            new SearchQuery.Filter("region", Facet.REGION, Region.values()),
            new SearchQuery.Filter("language", Facet.LANGUAGE, Language.values()),
            new SearchQuery.Filter("industry", Facet.INDUSTRY, Industry.values()),
            new SearchQuery.Filter("programme", Facet.PROGRAMME, Programme.values()));

    private final PluginContext context;
    private final Profiles profiles;
    private final Terms analysis;

    ExpertRoutes(PluginContext context, Profiles profiles, Terms analysis) {
        this.context = context;
        this.profiles = profiles;
        this.analysis = analysis;
    }

    void register(Routes routes) {
        routes.get("/experts", Access.PUBLIC, "Coordinators by words and filters, best matched first", this::find);
    }

    private RouteResponse find(RouteRequest request) {
        Viewer viewer = Viewer.of(request.caller());
        SearchQuery query = SearchQuery.of(request, analysis, FILTERS);
        ActivityMatch narrowed = query.activity();
        Map<String, Integer> activity = narrowed.region().isEmpty() && narrowed.fields().isEmpty()
                && narrowed.services().isEmpty() ? Map.of() : context.activities().matching(narrowed);
        List<Hit> hits = Search.experts(request.entityManager(), viewer.reach(), query.words(), query.facets())
                .stream().sorted(Comparator.comparingLong(Hit::score).reversed()
                        .thenComparing(hit -> -activity.getOrDefault(hit.id(), 0))).toList();
        List<Hit> page = query.pageOf(hits);
        List<String> ids = page.stream().map(Hit::id).toList();
        Map<String, Profile> found = profiles.findAll(request.entityManager(), ids)
                .stream().collect(Collectors.toMap(Profile::userId, Function.identity()));
        Map<String, TrackRecord> tracks = TrackRecord.of(context.activities(), ids, viewer.locale());
        List<ExpertView> items = page.stream().map(hit -> ExpertView.of(hit, activity.getOrDefault(hit.id(), 0),
                ProfileView.of(found.get(hit.id()), viewer, context.markdown(), tracks.get(hit.id())))).toList();
        return RouteResponse.ok(Page.of(items, query.page(), hits.size()));
    }
}
