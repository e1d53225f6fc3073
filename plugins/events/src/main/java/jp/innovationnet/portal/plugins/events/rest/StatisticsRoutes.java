package jp.innovationnet.portal.plugins.events.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.DatePeriod;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.statistics.ActivityQueries;
import jp.innovationnet.portal.plugins.events.statistics.NetworkStatistics;

/**
 * Routes of the network's activity statistics, for the secretariat and the steering agency:
 * {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (days in Japan, both included), by default the current Japanese fiscal
 * year (April to March).
 */
final class StatisticsRoutes {

    /** Who may read the network's statistics. */
    static final Access READERS = Access.anyRole("secretariat", "steering-agency");
    private static final int MAX_YEARS = 10;

    private final CsvFiles csv;

    /** @param csv writes the CSV files */
    StatisticsRoutes(CsvFiles csv) {
        this.csv = csv;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/statistics", READERS,
                "Network activity: events by kind, region and month, registrations, attendance, satisfaction",
                r -> RouteResponse.ok(statistics(r)));
        routes.get("/statistics.csv", READERS, "Network activity statistics as CSV", this::csv);
    }

    private StatisticsView statistics(RouteRequest request) {
        Locale locale = request.caller().locale();
        LocalDate fiscalYearStart = fiscalYearStart(LocalDate.now(ActivityQueries.JAPAN));
        DatePeriod period = DatePeriod.fromQuery(request, () -> fiscalYearStart.plusYears(1).minusDays(1),
                to -> fiscalYearStart, MAX_YEARS);
        LocalDate from = period.from();
        LocalDate to = period.to();
        NetworkStatistics statistics = new ActivityQueries(request.entityManager()).between(from, to);
        return new StatisticsView(from.toString(), to.toString(), figures(statistics.total()),
                lines(statistics.byKind(), kind -> {
                    EventKind known = EventKind.valueOf(kind);
                    return new Named(known.code(), known.label(locale));
                }),
                lines(statistics.byRegion(), region -> new Named(region.orElse(null),
                        ReportRoutes.regionLabel(region, locale))),
                lines(statistics.byMonth(), month -> new Named(month.toString(), month.toString())));
    }

    /**
     * @param today a day in Japan
     * @return the first day of its fiscal year: 1 April
     */
    static LocalDate fiscalYearStart(LocalDate today) {
        return LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
    }

    private RouteResponse csv(RouteRequest request) {
        StatisticsView view = statistics(request);
        Locale locale = request.caller().locale();
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("total", view.from() + "/" + view.to(), Message.CSV_TOTAL.in(locale), view.total()));
        Stream.of(new Section("kind", view.byKind()), new Section("region", view.byRegion()),
                        new Section("month", view.byMonth()))
                .forEach(section -> section.lines().forEach(line -> rows.add(row(section.name(), line.key(),
                        line.label(), line.figures()))));
        List<String> header = Message.all(locale, Message.CSV_SECTION, Message.CSV_CODE, Message.CSV_NAME,
                Message.CSV_EVENTS, Message.CSV_REGISTRATIONS, Message.CSV_ATTENDANCE, Message.CSV_FOLLOW_UP_ANSWERS,
                Message.CSV_SATISFACTION);
        return RouteResponse.content(CsvFiles.MEDIA_TYPE, csv.write(header, rows))
                .withHeader("Content-Disposition", "attachment; filename=\"statistics-" + view.from() + "-"
                        + view.to() + ".csv\"");
    }

    private record Section(String name, List<StatisticsView.Line> lines) {
    }

    /** A line's key as the API writes it, and its label in the reader's language. */
    private record Named(String key, String label) {
    }

    private static List<?> row(String section, String code, String name, StatisticsView.Figures f) {
        List<Object> row = new ArrayList<>(List.of(section));
        row.add(code);
        row.add(name);
        row.addAll(List.of(f.events(), f.registrations(), f.attendance(), f.followUpAnswers()));
        row.add(f.satisfactionAverage());
        return row;
    }

    private static <K> List<StatisticsView.Line> lines(List<NetworkStatistics.Line<K>> lines,
                                                       Function<K, Named> naming) {
        return lines.stream().map(line -> {
            Named named = naming.apply(line.key());
            return new StatisticsView.Line(named.key(), named.label(), figures(line.figures()));
        }).toList();
    }

    private static StatisticsView.Figures figures(NetworkStatistics.Figures f) {
        return new StatisticsView.Figures(f.events(), f.registrations(), f.attendance(), f.followUpAnswers(),
                f.satisfactionAverage().orElse(null));
    }
}
