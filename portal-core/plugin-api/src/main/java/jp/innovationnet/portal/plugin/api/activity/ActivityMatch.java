package jp.innovationnet.portal.plugin.api.activity;

import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

/**
 * Which activity counts for a search, e.g. for an expert finder's filters: a report matches when it is in the region
 * (if one is given), concerns one of the fields (if any are given) and one of the services (if any are given). With
 * nothing given every report matches.
 *
 * @param region   the region, if any
 * @param fields   the fields, any of which matches; empty for all
 * @param services the services, any of which matches; empty for all
 */
public record ActivityMatch(Optional<Region> region, Set<ActivityField> fields, Set<SupportService> services) {

    public ActivityMatch {
        fields = Set.copyOf(fields);
        services = Set.copyOf(services);
    }

    /**
     * @param report a report
     * @return whether it counts
     */
    public boolean test(ActivityReport report) {
        return region.map(r -> report.region().equals(Optional.of(r))).orElse(true)
                && (fields.isEmpty() || report.fields().stream().anyMatch(fields::contains))
                && (services.isEmpty() || report.services().stream().anyMatch(services::contains));
    }
}
