package jp.innovationnet.portal.plugins.inquiries.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRule;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRules;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RuleDraft;

/**
 * The secretariat's routing rules (only it reads and edits them) and the route they suggest for an inquiry (for
 * everybody who works inquiries).
 */
final class RoutingRuleRoutes {

    /** Gap between positions of rules added without one, so that rules can be put between them. */
    private static final int STEP = 10;

    private final PluginContext context;

    /** @param context the plugin's context */
    RoutingRuleRoutes(PluginContext context) {
        this.context = context;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/routing-rules", LevelsApi.SECRETARIAT, "The routing rules, in position order", this::list);
        routes.post("/routing-rules", LevelsApi.SECRETARIAT,
                "Adds a routing rule {topic, region, organizationId, position}: a topic, a region or both", this::add);
        routes.put("/routing-rules/{id}", LevelsApi.SECRETARIAT, "Rewrites a routing rule", this::change);
        routes.delete("/routing-rules/{id}", LevelsApi.SECRETARIAT, "Deletes a routing rule", this::remove);
        routes.get("/routing-rules/suggestion", LevelsApi.STAFF,
                "Where the rules send an inquiry of ?topic= and ?region=: the organizations of the most specific"
                        + " matching rules (topic and region, then topic, then region)", this::suggest);
    }

    private RouteResponse list(RouteRequest request) {
        return RouteResponse.ok(new RoutingRules(request.entityManager()).all().stream().map(this::view).toList());
    }

    private RouteResponse add(RouteRequest request) {
        RoutingRules rules = new RoutingRules(request.entityManager());
        int last = rules.all().stream().mapToInt(RoutingRule::position).max().orElse(0);
        RuleDraft draft = draft(request.body(RoutingRuleInput.class),
                Math.min(last + STEP, RoutingRuleInput.MAX_POSITION), context.directory(), request.caller().locale());
        refuseDuplicate(rules, draft, null, request.caller().locale());
        RoutingRule rule = rules.add(draft);
        audit("inquiries.routing-rule.added", rule);
        return RouteResponse.created(URI.create("routing-rules/" + rule.id()), view(rule));
    }

    private RouteResponse change(RouteRequest request) {
        RoutingRules rules = new RoutingRules(request.entityManager());
        RoutingRule rule = find(rules, request.pathParam("id"));
        RuleDraft draft = draft(request.body(RoutingRuleInput.class), rule.position(), context.directory(),
                request.caller().locale());
        refuseDuplicate(rules, draft, rule.id(), request.caller().locale());
        rules.change(rule, draft);
        audit("inquiries.routing-rule.changed", rule);
        return RouteResponse.ok(view(rule));
    }

    private RouteResponse remove(RouteRequest request) {
        RoutingRules rules = new RoutingRules(request.entityManager());
        RoutingRule rule = find(rules, request.pathParam("id"));
        audit("inquiries.routing-rule.deleted", rule);
        rules.remove(rule);
        return RouteResponse.noContent();
    }

    private RouteResponse suggest(RouteRequest request) {
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        Topic topic = errors.code("topic", Topic.values(), request.queryParam("topic").orElse(null));
        Region region = errors.optionalCode("region", Region.values(), request.queryParam("region").orElse(null))
                .orElse(null);
        errors.throwIfAny();
        List<OrganizationView> organizations = new RoutingRules(request.entityManager()).suggest(topic, region).stream()
                .map(id -> context.directory().find(id))
                .flatMap(Optional::stream)
                .filter(OrganizationSummary::active)
                .map(OrganizationView::of)
                .toList();
        return RouteResponse.ok(new SuggestionView(topic.code(), region == null ? null : region.code(), organizations));
    }

    /**
     * @param input           a rule as written, its constraints met
     * @param defaultPosition the position when the input gives none
     * @param directory       the registry of organizations
     * @param locale          the reader's language
     * @return the rule, if it names a topic or a region (or both) and an active organization
     * @throws ProblemException 422 naming every field at fault
     */
    static RuleDraft draft(RoutingRuleInput input, int defaultPosition, MemberDirectory directory, Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        if (input.topic() == null && input.region() == null) {
            errors.add("topic", DeskWording.TOPIC_OR_REGION);
        }
        if (directory.find(input.organizationId()).filter(OrganizationSummary::active).isEmpty()) {
            errors.add("organizationId", DeskWording.UNKNOWN_ORGANIZATION);
        }
        errors.throwIfAny();
        return new RuleDraft(Coded.byCode(Topic.values(), input.topic()).orElse(null),
                Coded.byCode(Region.values(), input.region()).orElse(null), input.organizationId(),
                input.position() == null ? defaultPosition : input.position());
    }

    private static RoutingRule find(RoutingRules rules, String id) {
        return LevelsApi.found(id, rules::find, "routing rule " + id);
    }

    private static void refuseDuplicate(RoutingRules rules, RuleDraft draft, Long besides, Locale locale) {
        if (rules.duplicates(draft, besides)) {
            throw Desk.conflict("organizationId", DeskWording.DUPLICATE_RULE.in(locale));
        }
    }

    private void audit(String action, RoutingRule rule) {
        context.audit().record(action, "inquiries-routing-rule", String.valueOf(rule.id()),
                Map.of("topic", rule.topic().map(Coded::code).orElse(""),
                        "region", rule.region().map(Coded::code).orElse(""),
                        "organization", rule.organizationId()));
    }

    private RoutingRuleView view(RoutingRule rule) {
        OrganizationView organization = context.directory().find(rule.organizationId()).map(OrganizationView::of)
                .orElseGet(() -> new OrganizationView(rule.organizationId(), rule.organizationId(),
                        rule.organizationId(), "", false));
        return new RoutingRuleView(rule.id(), rule.topic().map(Coded::code).orElse(null),
                rule.region().map(Coded::code).orElse(null), organization, rule.position());
    }
}
