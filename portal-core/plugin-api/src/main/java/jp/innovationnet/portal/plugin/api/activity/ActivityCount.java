package jp.innovationnet.portal.plugin.api.activity;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

/**
 * How often a person did one kind of thing on one service in one region: "14 inquiries on IP licensing answered in
 * Chubu". A report on two services counts once for each.
 *
 * @param kind    what they did
 * @param service on which service; empty for reports that name none
 * @param region  where; empty for reports tied to no region
 * @param count   how often, at least 1
 */
public record ActivityCount(ActivityKind kind, Optional<SupportService> service, Optional<Region> region,
                            int count) {

    /** Largest count first, then in the order of the kinds, services and regions. */
    private static final Comparator<ActivityCount> ORDER = Comparator.comparingInt(ActivityCount::count).reversed()
            .thenComparing(c -> c.kind().ordinal())
            .thenComparing(c -> c.service().map(Enum::ordinal).orElse(-1))
            .thenComparing(c -> c.region().map(Enum::ordinal).orElse(-1));

    /**
     * @param reports one person's reports
     * @return their counts by kind, service and region, largest first
     */
    public static List<ActivityCount> of(Collection<ActivityReport> reports) {
        Map<ActivityCount, Integer> counts = new LinkedHashMap<>();
        for (ActivityReport report : reports) {
            if (report.services().isEmpty()) {
                counts.merge(new ActivityCount(report.kind(), Optional.empty(), report.region(), 0), 1,
                        Integer::sum);
            }
            report.services().forEach(service -> counts.merge(new ActivityCount(report.kind(), Optional.of(service),
                    report.region(), 0), 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .map(e -> new ActivityCount(e.getKey().kind(), e.getKey().service(), e.getKey().region(),
                        e.getValue()))
                .sorted(ORDER).toList();
    }
}
