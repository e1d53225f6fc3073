package jp.innovationnet.portal.plugin.api.kit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;

/**
 * A period of days, both included, as a route reads it from its query: {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD}, each
 * of which may be left out for the route's default — e.g. statistics of the current fiscal year, or of the last 12
 * months.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record DatePeriod(LocalDate from, LocalDate to) {

    /**
     * @param request     the request whose query names the period
     * @param defaultTo   the last day when {@code to} is not given
     * @param defaultFrom the first day when {@code from} is not given, from the last day
     * @param maxYears    the most years the period may span
     * @return the period
     * @throws ProblemException 422 naming {@code from} or {@code to}: not a date, the end before the start, longer
     *     than {@code maxYears}
     */
    public static DatePeriod fromQuery(RouteRequest request, Supplier<LocalDate> defaultTo,
                                       UnaryOperator<LocalDate> defaultFrom, int maxYears) {
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        Optional<LocalDate> from = date(request, "from", errors);
        Optional<LocalDate> to = date(request, "to", errors);
        errors.throwIfAny();
        LocalDate last = to.orElseGet(defaultTo);
        LocalDate first = from.orElseGet(() -> defaultFrom.apply(last));
        if (last.isBefore(first)) {
            errors.add("to", KitWording.TO_BEFORE_FROM);
        } else if (last.isAfter(first.plusYears(maxYears))) {
            errors.add("to", KitWording.RANGE_TOO_LONG, maxYears);
        }
        errors.throwIfAny();
        return new DatePeriod(first, last);
    }

    private static Optional<LocalDate> date(RouteRequest request, String name, FieldErrors errors) {
        try {
            return request.queryParam(name).map(String::strip).filter(v -> !v.isEmpty()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            errors.add(name, KitWording.NOT_A_DATE);
            return Optional.empty();
        }
    }
}
