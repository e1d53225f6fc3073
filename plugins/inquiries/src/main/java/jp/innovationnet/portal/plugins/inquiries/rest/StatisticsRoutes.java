package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.DatePeriod;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.statistics.Compliance;
import jp.innovationnet.portal.plugins.inquiries.statistics.DeskStatistics;
import jp.innovationnet.portal.plugins.inquiries.statistics.Durations;
import jp.innovationnet.portal.plugins.inquiries.statistics.StatisticsQueries;
import jp.innovationnet.portal.plugins.inquiries.statistics.StatisticsTable;

/**
 * Routes of the desk's statistics, network-wide aggregates without any case's content, for the secretariat and the
 * steering agencies: {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (days of submission in Tokyo, both included), by default
 * the last 12 months up to today; at most {@value #MAX_YEARS} years.
 */
public final class StatisticsRoutes {

    /** Who may read the statistics. */
    static final Access READERS = Access.anyRole("secretariat", "steering-agency");
    static final int MAX_YEARS = 5;

    private final PluginContext context;
    private final BusinessDays calendar;
    private final Clock clock;

    /**
     * @param context  the plugin revision's context (the directory names receiving organizations)
     * @param calendar the business days
     * @param clock    the time, which judges targets not yet done and sets the default period
     */
    public StatisticsRoutes(PluginContext context, BusinessDays calendar, Clock clock) {
        this.context = context;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @param routes where to register them */
    public void register(Routes routes) {
        routes.get("/statistics", READERS, "Inquiries by topic, region, receiving organization and month; response"
                + " and resolution times and service-level compliance; ?from=&to= (YYYY-MM-DD, Tokyo)",
                r -> RouteResponse.ok(view(computed(r), r.caller().locale())));
        routes.get("/statistics.csv", READERS, "The statistics as one long CSV table (UTF-8 with BOM), labels in the"
                + " caller's language", this::csv);
    }

    private DeskStatistics computed(RouteRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessDays.ZONE));
        DatePeriod period = DatePeriod.fromQuery(request, () -> today, to -> to.minusMonths(12).plusDays(1),
                MAX_YEARS);
        LocalDate first = period.from();
        LocalDate last = period.to();
        return new StatisticsQueries(request.entityManager(), calendar).between(first, last, clock.instant());
    }

    private RouteResponse csv(RouteRequest request) {
        DeskStatistics statistics = computed(request);
        Locale locale = request.caller().locale();
        List<List<Object>> rows = StatisticsTable.rows(statistics, locale, organizationName(locale)).stream()
                .map(StatisticsTable.Row::cells).toList();
        return RouteResponse.content(CsvFiles.MEDIA_TYPE, context.csv().write(StatisticsTable.header(locale), rows))
                .withHeader("Content-Disposition", "attachment; filename=\"inquiry-statistics-" + statistics.from()
                        + "-" + statistics.to() + ".csv\"")
                .withHeader("Cache-Control", "private, no-store");
    }

    private StatisticsView view(DeskStatistics s, Locale locale) {
        Function<String, String> organization = organizationName(locale);
        return new StatisticsView(s.from().toString(), s.to().toString(), s.total(),
                s.byTopic().stream().map(c -> new StatisticsView.Line(c.key(),
                        Coded.byCode(Topic.values(), c.key()).orElseThrow().label(locale), c.count())).toList(),
                s.byRegion().stream().map(c -> new StatisticsView.Line(c.key(),
                        Coded.byCode(Region.values(), c.key()).orElseThrow().label(locale), c.count())).toList(),
                s.byReceiver().stream().map(c -> new StatisticsView.Line(c.key(), organization.apply(c.key()),
                        c.count())).toList(),
                s.byMonth().stream().map(c -> new StatisticsView.Line(c.key().toString(), c.key().toString(),
                        c.count())).toList(),
                times(s.firstResponse(), s.firstResponseLevel()), times(s.resolution(), s.resolutionLevel()));
    }

    private static StatisticsView.Times times(Durations d, Compliance c) {
        return new StatisticsView.Times(d.count(), StatisticsTable.rounded(d.medianHours()),
                StatisticsTable.rounded(d.p90Hours()), d.medianBusinessDays().orElse(null),
                d.p90BusinessDays().orElse(null), c.met(), c.missed(), c.overdue(), c.pending(),
                StatisticsTable.rounded(c.metPercent()));
    }

    /** @return an organization's name in the reader's language, its id when the directory no longer knows it */
    private Function<String, String> organizationName(Locale locale) {
        return id -> context.directory().find(id).map(o -> CaseViews.name(o, locale)).orElse(id);
    }
}
