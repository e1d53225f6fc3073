package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.DatePeriod;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.coordinators.figures.FigureQueries;
import jp.innovationnet.portal.plugins.coordinators.figures.FigureWording;
import jp.innovationnet.portal.plugins.coordinators.figures.Figures;

/**
 * {@code GET /figures?from=&to=} and {@code GET /figures.csv?from=&to=}: the exchange in figures for the secretariat
 * and the steering agencies, for a period of at most five years (the last twelve months by default), labelled and
 * with the CSV file's column names in the reader's language.
 */
final class FigureRoutes {

    private static final Access READERS = Access.anyRole("secretariat", "steering-agency");

    /**
     * A count of one item (a region, a field).
     *
     * @param code  its code
     * @param label its label in the reader's language
     * @param count how many
     */
    public record Count(String code, String label, long count) {
    }

    /**
     * The figures as the API writes them; see {@link Figures} for each.
     *
     * @param from                           the first day
     * @param to                             the last day
     * @param requestsPosted                 help requests posted
     * @param byRegion                       of those, per region
     * @param byField                        of those, per field named
     * @param withOffer                      of those, with an offer
     * @param medianHoursToFirstOffer        hours to the first offer, median; null for none
     * @param medianBusinessDaysToFirstOffer business days to the first offer, median; null for none
     * @param open                           of those, open or matched now
     * @param fulfilled                      of those, fulfilled
     * @param expired                        of those, expired
     * @param cancelled                      of those, cancelled
     * @param dispatchesApproved             dispatches approved in the period
     * @param casesPublished                 cases published in the period
     * @param answersAccepted                answers accepted in the period
     */
    public record FiguresView(LocalDate from, LocalDate to, long requestsPosted, List<Count> byRegion,
                              List<Count> byField, long withOffer, Double medianHoursToFirstOffer,
                              Double medianBusinessDaysToFirstOffer, long open, long fulfilled, long expired,
                              long cancelled, long dispatchesApproved, long casesPublished, long answersAccepted) {
    }

    private final PluginContext context;
    private final HelpRequestRoutes reading;

    FigureRoutes(PluginContext context, HelpRequestRoutes reading) {
        this.context = context;
        this.reading = reading;
    }

    void register(Routes routes) {
        routes.get("/figures", READERS, "The exchange in figures for a period (from, to; the last 12 months)",
                request -> RouteResponse.ok(view(figures(request), request.caller().locale())));
        routes.get("/figures.csv", READERS, "The same figures as a CSV file", this::csv);
    }

    private Figures figures(RouteRequest request) {
        DatePeriod period = DatePeriod.fromQuery(request, reading::today, to -> to.minusYears(1).plusDays(1), 5);
        return FigureQueries.of(request.entityManager(), period, context.businessDays());
    }

    private static FiguresView view(Figures f, Locale locale) {
        return new FiguresView(f.from(), f.to(), f.requestsPosted(), counts(Region.values(), f.byRegion(), locale),
                counts(ActivityField.values(), f.byField(), locale), f.withOffer(), f.medianHoursToFirstOffer(),
                f.medianBusinessDaysToFirstOffer(), f.open(), f.fulfilled(), f.expired(), f.cancelled(),
                f.dispatchesApproved(), f.casesPublished(), f.answersAccepted());
    }

    private static <E extends Enum<E> & Coded> List<Count> counts(E[] values, Map<String, Long> counts, Locale locale) {
        List<Count> listed = new ArrayList<>();
        for (E value : values) {
            Long count = counts.get(value.code());
            if (count != null) {
                listed.add(new Count(value.code(), value.label(locale), count));
            }
        }
        return listed;
    }

    private RouteResponse csv(RouteRequest request) {
        Locale locale = request.caller().locale();
        FiguresView f = view(figures(request), locale);
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(FigureWording.PERIOD_FROM, locale, "", f.from().toString()));
        rows.add(row(FigureWording.PERIOD_TO, locale, "", f.to().toString()));
        rows.add(row(FigureWording.REQUESTS_POSTED, locale, "", f.requestsPosted()));
        f.byRegion().forEach(c -> rows.add(row(FigureWording.BY_REGION, locale, c.label(), c.count())));
        f.byField().forEach(c -> rows.add(row(FigureWording.BY_FIELD, locale, c.label(), c.count())));
        rows.add(row(FigureWording.WITH_OFFER, locale, "", f.withOffer()));
        rows.add(row(FigureWording.MEDIAN_HOURS, locale, "", f.medianHoursToFirstOffer()));
        rows.add(row(FigureWording.MEDIAN_BUSINESS_DAYS, locale, "", f.medianBusinessDaysToFirstOffer()));
        rows.add(row(FigureWording.OPEN, locale, "", f.open()));
        rows.add(row(FigureWording.FULFILLED, locale, "", f.fulfilled()));
        rows.add(row(FigureWording.EXPIRED, locale, "", f.expired()));
        rows.add(row(FigureWording.CANCELLED, locale, "", f.cancelled()));
        rows.add(row(FigureWording.DISPATCHES_APPROVED, locale, "", f.dispatchesApproved()));
        rows.add(row(FigureWording.CASES_PUBLISHED, locale, "", f.casesPublished()));
        rows.add(row(FigureWording.ANSWERS_ACCEPTED, locale, "", f.answersAccepted()));
        byte[] file = context.csv().write(List.of(FigureWording.COLUMN_FIGURE.in(locale),
                FigureWording.COLUMN_ITEM.in(locale), FigureWording.COLUMN_VALUE.in(locale)), rows);
        return RouteResponse.content(CsvFiles.MEDIA_TYPE, file)
                .withHeader("Content-Disposition", "attachment; filename=\"coordinators-figures-" + f.from() + "-"
                        + f.to() + ".csv\"");
    }

    private static List<?> row(FigureWording figure, Locale locale, String item, Object value) {
        return Arrays.asList(figure.in(locale), item, value);
    }
}
