package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugins.inquiries.calendar.BusinessCalendar;

/** The business-day calendar for screens (service levels) and checks. */
final class BusinessDayRoutes {

    private static final LocalDate FIRST = LocalDate.of(1980, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private final BusinessCalendar calendar;

    /** @param calendar the business days */
    BusinessDayRoutes(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/business-days", LevelsApi.STAFF,
                "The days off from ?from= to ?to= (YYYY-MM-DD, both included): weekends, national holidays with their"
                        + " names in Japanese and English, the year-end break; and how many business days there are",
                this::list);
    }

    private RouteResponse list(RouteRequest request) {
        Locale locale = request.caller().locale();
        FieldErrors errors = FieldErrors.in(locale);
        LocalDate from = date(errors, "from", request.queryParam("from").orElse(null));
        LocalDate to = date(errors, "to", request.queryParam("to").orElse(null));
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("to", KitWording.TO_BEFORE_FROM);
            } else if (from.plusDays(BusinessCalendar.MAX_LISTED_DAYS).isBefore(to)) {
                errors.add("to", DeskWording.TOO_MANY_DAYS, BusinessCalendar.MAX_LISTED_DAYS);
            }
        }
        errors.throwIfAny();
        List<DayOffView> days = calendar.daysOff(from, to).stream().map(DayOffView::of).toList();
        long all = to.toEpochDay() - from.toEpochDay() + 1;
        return RouteResponse.ok(new BusinessDaysView(from.toString(), to.toString(), (int) (all - days.size()), days));
    }

    private static LocalDate date(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.add(field, KitWording.REQUIRED);
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(FIRST) || date.isAfter(LAST)) {
                errors.add(field, DeskWording.DATE_OUT_OF_RANGE, FIRST, LAST);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, KitWording.NOT_A_DATE);
            return null;
        }
    }
}
