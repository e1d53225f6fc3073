package jp.innovationnet.portal.plugins.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.activity.ActivityCount;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityMatch;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

/**
 * The activity log (contract 1.5) as the fixture reaches it: the caller reports what they did (a report whose call
 * then fails must not count), takes it back, and reads a person's reports, their summary and the counts matching a
 * region and service.
 */
final class ActivityRoutes {

    private final PluginContext context;

    ActivityRoutes(PluginContext context) {
        this.context = context;
    }

    void register(Routes routes, Access writers) {
        routes.post("/activity", writers, "Report something the caller did (?fail=true: then fail the call)",
                this::report);
        routes.delete("/activity/{key}", writers, "Take back one of the fixture's reports", this::withdraw);
        routes.get("/activity/people/{userId}", writers, "A person's reports and their summary", this::person);
        routes.get("/activity/matching", writers, "How much activity each person has in ?region=&service=",
                this::matching);
    }

    /**
     * What the caller did.
     *
     * @param key      the report's key
     * @param kind     an activity kind's code
     * @param region   a region's code, or null
     * @param fields   field codes
     * @param services service codes
     * @param titleEn  a title in English
     */
    public record Done(String key, String kind, String region, List<String> fields, List<String> services,
                       String titleEn) {
    }

    private RouteResponse report(RouteRequest request) {
        Done done = request.body(Done.class);
        context.activities().report(new ActivityReport(done.key(), request.caller().userId(),
                Coded.byCode(ActivityKind.values(), done.kind()).orElseThrow(() -> ProblemException.invalidField(
                        "kind", "unknown")), Instant.now(), Optional.ofNullable(done.region())
                        .flatMap(code -> Coded.byCode(Region.values(), code)),
                codes(done.fields(), ActivityField.values()), codes(done.services(), SupportService.values()), "",
                done.titleEn() == null ? "" : done.titleEn(), Optional.empty()));
        if (request.queryParam("fail").filter("true"::equals).isPresent()) {
            throw new ProblemException(409, "Conflict", "failed on purpose after reporting", Map.of());
        }
        return RouteResponse.ok(Map.of("reported", done.key()));
    }

    private RouteResponse withdraw(RouteRequest request) {
        context.activities().withdraw(request.pathParam("key"));
        return RouteResponse.noContent();
    }

    private RouteResponse person(RouteRequest request) {
        String userId = request.pathParam("userId");
        List<Map<String, Object>> reports = context.activities().of(userId, Set.of(), 100).stream()
                .map(a -> Map.<String, Object>of("plugin", a.pluginId(), "key", a.report().key(),
                        "kind", a.report().kind().code(), "titleEn", a.report().titleEn()))
                .toList();
        List<Map<String, Object>> summary = context.activities().summaries(List.of(userId))
                .getOrDefault(userId, List.of()).stream().map(ActivityRoutes::line).toList();
        return RouteResponse.ok(Map.of("reports", reports, "summary", summary));
    }

    private static Map<String, Object> line(ActivityCount count) {
        return Map.of("kind", count.kind().code(), "service", count.service().map(Coded::code).orElse(""),
                "region", count.region().map(Coded::code).orElse(""), "count", count.count());
    }

    private RouteResponse matching(RouteRequest request) {
        ActivityMatch match = new ActivityMatch(request.queryParam("region")
                .flatMap(code -> Coded.byCode(Region.values(), code)), Set.of(),
                request.queryParam("service").flatMap(code -> Coded.byCode(SupportService.values(), code))
                        .map(Set::of).orElse(Set.of()));
        return RouteResponse.ok(context.activities().matching(match));
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(List<String> codes, E[] values) {
        return codes == null ? Set.of() : codes.stream().map(code -> Coded.byCode(values, code))
                .flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
