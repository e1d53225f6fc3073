package jp.innovationnet.portal.plugins.liaison.rest;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.PageRequest;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.follow.Follow;
import jp.innovationnet.portal.plugins.liaison.follow.Follows;
import jp.innovationnet.portal.plugins.liaison.interest.AgreementKind;
import jp.innovationnet.portal.plugins.liaison.interest.InterestStatus;
import jp.innovationnet.portal.plugins.liaison.opportunity.Ipr;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityContent;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityKind;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityQuery;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityStatus;
import jp.innovationnet.portal.plugins.liaison.opportunity.PartnerType;
import jp.innovationnet.portal.plugins.liaison.opportunity.Stage;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;
import jp.innovationnet.portal.plugins.liaison.reader.Visibility;
import jp.innovationnet.portal.plugins.liaison.text.Terms;

/**
 * Opportunities: searched and read by anyone as far as each part's visibility reaches them (a visitor the public
 * parts of published ones), drafted and rewritten by an intermediary's people, and the closed lists the screens need.
 */
final class OpportunityRoutes {

    /** Who may act as an intermediary or express interest: members' people, coordinators, overseas partners. */
    static final Access PARTICIPANTS = Access.anyRole(Reader.PARTICIPANT_ROLES.toArray(String[]::new));
    /** Everybody who logs in. */
    static final Access SIGNED_IN = Access.anyRole("secretariat", "steering-agency", "member-admin",
            "member-staff", "coordinator", Reader.OVERSEAS_PARTNER);
    /** The longest search text (longer: 422 naming {@code q}). */
    static final int MAX_QUERY = 200;
    /** The most terms of a search text searched (each one more subquery). */
    static final int MAX_TERMS = 12;
    /** How many opportunities the home panel lists at most. */
    static final int MATCHING = 10;

    private final PluginContext context;
    private final Opportunities opportunities;
    private final Follows follows;
    private final Clock clock;

    OpportunityRoutes(PluginContext context, Opportunities opportunities, Follows follows, Clock clock) {
        this.context = context;
        this.opportunities = opportunities;
        this.follows = follows;
        this.clock = clock;
    }

    void register(Refusing routes) {
        routes.get("/lists", Access.PUBLIC, "The closed lists in the caller's language (kinds, stages, IPR,"
                + " partner types, visibilities, statuses, pipeline steps, agreements, fields, languages, countries)",
                this::lists);
        routes.get("/opportunities", Access.PUBLIC, "Opportunities the caller may know of, by words and filters"
                + " (q, kind, field, country, stage, status, organization, mine=true), newest first, paged",
                this::search);
        routes.get("/opportunities/matching", SIGNED_IN, "Published opportunities matching the caller's follows,"
                + " newest first (the home page's panel)", this::matching);
        routes.get("/opportunities/{id}", Access.PUBLIC, "One opportunity, the parts the caller may read",
                this::read);
        routes.get("/opportunities/{id}/matches", Access.PUBLIC, "Suggested matches: published opportunities of"
                + " other intermediaries of the answering kind sharing a field, newest first", this::matches);
        routes.post("/opportunities", PARTICIPANTS, "Draft an opportunity with the caller's organization as"
                + " intermediary", this::draft);
        routes.put("/opportunities/{id}", PARTICIPANTS, "Rewrite one's organization's draft or returned opportunity",
                this::rewrite);
    }

    private RouteResponse lists(RouteRequest request) {
        Locale locale = request.caller().locale();
        return RouteResponse.ok(Map.ofEntries(Map.entry("kinds", Label.all(OpportunityKind.values(), locale)),
                Map.entry("stages", Label.all(Stage.values(), locale)),
                Map.entry("iprs", Label.all(Ipr.values(), locale)),
                Map.entry("partnerTypes", Label.all(PartnerType.values(), locale)),
                Map.entry("visibilities", Label.all(Visibility.values(), locale)),
                Map.entry("statuses", Label.all(OpportunityStatus.values(), locale)),
                Map.entry("steps", Label.all(InterestStatus.values(), locale)),
                Map.entry("agreements", Label.all(AgreementKind.values(), locale)),
                Map.entry("fields", Label.all(ActivityField.values(), locale)),
                Map.entry("languages", Label.all(Language.values(), locale)),
                Map.entry("countries", Countries.all(locale))));
    }

    private RouteResponse search(RouteRequest request) {
        Caller caller = request.caller();
        FieldErrors errors = FieldErrors.in(caller.locale());
        PageRequest page = PageRequest.of(request, errors);
        OpportunityKind kind = errors.optionalCode("kind", OpportunityKind.values(), param(request, "kind"))
                .orElse(null);
        ActivityField field = errors.optionalCode("field", ActivityField.values(), param(request, "field"))
                .orElse(null);
        Stage stage = errors.optionalCode("stage", Stage.values(), param(request, "stage")).orElse(null);
        OpportunityStatus status = errors.optionalCode("status", OpportunityStatus.values(), param(request, "status"))
                .orElse(null);
        String country = Optional.ofNullable(param(request, "country")).map(code -> {
            String known = Countries.code(code);
            if (known == null) {
                errors.add("country", LiaisonWording.UNKNOWN_COUNTRY);
            }
            return known;
        }).orElse(null);
        String organization = "true".equals(param(request, "mine")) ? Requests.organizationOf(caller)
                : param(request, "organization");
        String words = errors.optionalText("q", param(request, "q"), MAX_QUERY);
        errors.throwIfAny();
        Reader reader = Reader.of(caller);
        Set<String> terms = Terms.of(words).stream().limit(MAX_TERMS).collect(Collectors.toSet());
        OpportunityQuery query = new OpportunityQuery(terms, kind, field, country, stage, status, organization);
        return RouteResponse.ok(opportunities.search(request.entityManager(), reader, query, page)
                .map(o -> view(reader, o)));
    }

    private RouteResponse matching(RouteRequest request) {
        Reader reader = Reader.of(request.caller());
        List<Follow> mine = follows.of(request.entityManager(), reader.userId());
        List<Opportunity> found = new ArrayList<>();
        for (Opportunity opportunity : opportunities.search(request.entityManager(), reader,
                new OpportunityQuery(Set.of(), null, null, null, null, OpportunityStatus.PUBLISHED, null),
                new PageRequest(0, PageRequest.MAX_LIMIT)).items()) {
            if (found.size() < MATCHING && mine.stream().anyMatch(f -> f.matches(opportunity))) {
                found.add(opportunity);
            }
        }
        found.sort(Comparator.comparing(Opportunity::publishedAt).reversed());
        return RouteResponse.ok(found.stream().map(o -> view(reader, o)).toList());
    }

    private RouteResponse matches(RouteRequest request) {
        Reader reader = Reader.of(request.caller());
        Opportunity opportunity = find(request);
        OpportunityContent content = opportunity.content();
        List<Opportunity> answering = opportunities.search(request.entityManager(), reader,
                new OpportunityQuery(Set.of(), content.kind().counterpart(), null, null, null,
                        OpportunityStatus.PUBLISHED, null), new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        return RouteResponse.ok(answering.stream()
                .filter(o -> !o.organizationId().equals(opportunity.organizationId()))
                .filter(o -> o.content().fields().stream().anyMatch(content.fields()::contains))
                .limit(MATCHING).map(o -> view(reader, o)).toList());
    }

    private RouteResponse read(RouteRequest request) {
        return RouteResponse.ok(view(Reader.of(request.caller()), find(request)));
    }

    private RouteResponse draft(RouteRequest request) {
        Caller caller = request.caller();
        String organization = Requests.organizationOf(caller);
        OpportunityInput input = request.body(OpportunityInput.class);
        Opportunity draft = opportunities.add(request.entityManager(), new Opportunity(organization,
                caller.userId(), input.content(caller.locale(), Requests.today(clock)), clock.instant()));
        context.audit().record("opportunity.drafted", "opportunity", String.valueOf(draft.id()),
                Map.of("kind", draft.content().kind().code()));
        return RouteResponse.created(URI.create("opportunities/" + draft.id()), view(Reader.of(caller), draft));
    }

    private RouteResponse rewrite(RouteRequest request) {
        Opportunity opportunity = ofCallersOrganization(request);
        OpportunityInput input = request.body(OpportunityInput.class);
        opportunities.rewrite(request.entityManager(), opportunity,
                input.content(request.caller().locale(), Requests.today(clock)));
        context.audit().record("opportunity.rewritten", "opportunity", String.valueOf(opportunity.id()), Map.of());
        return RouteResponse.ok(view(Reader.of(request.caller()), opportunity));
    }

    /** @return the opportunity of the path, if the caller may know of it (404 otherwise) */
    Opportunity find(RouteRequest request) {
        long id = PathId.of(request, "id", "opportunity");
        return opportunities.find(request.entityManager(), id)
                .filter(o -> Opportunities.visibleTo(Reader.of(request.caller()), o))
                .orElseThrow(() -> ProblemException.notFound("opportunity " + id));
    }

    /** @return the opportunity of the path, if the caller acts for its intermediary (404 otherwise) */
    Opportunity ofCallersOrganization(RouteRequest request) {
        Opportunity opportunity = find(request);
        if (!request.caller().belongsTo(opportunity.organizationId())) {
            throw ProblemException.notFound("opportunity " + opportunity.id());
        }
        return opportunity;
    }

    /** @return the opportunity as the reader reads it, with what they may do now */
    OpportunityView view(Reader reader, Opportunity opportunity) {
        return OpportunityView.of(opportunity, reader, context.directory(), Actions.on(opportunity, reader));
    }

    private static String param(RouteRequest request, String name) {
        return request.queryParam(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
