package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.DatePeriod;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.figures.Figures;

/**
 * The liaison desk's figures for the secretariat and the steering agencies ({@code ?from=&to=}, the last twelve
 * months by default, at most three years), as JSON and as a CSV file in the caller's language. Counts only.
 */
final class FigureRoutes {

    /** Who reads the figures. */
    static final Access READERS = Access.anyRole("secretariat", "steering-agency");

    private final PluginContext context;
    private final Clock clock;

    FigureRoutes(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    void register(Refusing routes) {
        routes.get("/figures", READERS, "Opportunities by kind and country, interests, introductions and"
                + " agreements in a period", this::figures);
        routes.get("/figures.csv", READERS, "The same figures as a CSV file", this::csv);
    }

    private RouteResponse figures(RouteRequest request) {
        return RouteResponse.ok(view(request));
    }

    private RouteResponse csv(RouteRequest request) {
        FiguresView view = view(request);
        Locale locale = request.caller().locale();
        List<List<?>> rows = new ArrayList<>();
        view.byKind().forEach(c -> rows.add(List.of("byKind", c.item().code(), c.item().label(), c.count())));
        view.byCountry().forEach(c -> rows.add(List.of("byCountry", c.item().code(), c.item().label(), c.count())));
        rows.add(List.of("interests", "", "", view.interests()));
        rows.add(List.of("introductions", "", "", view.introductions()));
        view.agreements().forEach(c -> rows.add(List.of("agreements", c.item().code(), c.item().label(),
                c.count())));
        byte[] file = context.csv().write(List.of(LiaisonWording.CSV_FIGURE.in(locale), "code",
                LiaisonWording.CSV_ITEM.in(locale), LiaisonWording.CSV_COUNT.in(locale)), rows);
        return RouteResponse.content(CsvFiles.MEDIA_TYPE, file).withHeader("Content-Disposition",
                "attachment; filename=\"liaison-figures-" + view.from() + "-" + view.to() + ".csv\"");
    }

    private FiguresView view(RouteRequest request) {
        Locale locale = request.caller().locale();
        DatePeriod period = DatePeriod.fromQuery(request, () -> Requests.today(clock), to -> to.minusYears(1), 3);
        Figures figures = Figures.of(request.entityManager(), period);
        return new FiguresView(period.from().toString(), period.to().toString(),
                figures.byKind().entrySet().stream()
                        .map(e -> new FiguresView.Count(Label.of(e.getKey(), locale), e.getValue())).toList(),
                figures.byCountry().entrySet().stream()
                        .map(e -> new FiguresView.Count(Countries.label(e.getKey(), locale), e.getValue())).toList(),
                figures.interests(), figures.introductions(),
                figures.agreements().entrySet().stream()
                        .map(e -> new FiguresView.Count(Label.of(e.getKey(), locale), e.getValue())).toList());
    }
}
