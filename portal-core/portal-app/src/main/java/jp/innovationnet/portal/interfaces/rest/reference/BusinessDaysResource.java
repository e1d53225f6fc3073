package jp.innovationnet.portal.interfaces.rest.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.DayOff;
import jp.innovationnet.portal.plugin.api.kit.KitWording;

/**
 * {@code GET /api/public/business-days?from=YYYY-MM-DD&to=YYYY-MM-DD}: the network's days off in a period (both days
 * included, at most {@value BusinessDays#MAX_LISTED_DAYS} days apart, 1980–2099): weekends, national holidays with
 * their names in Japanese and English, the year-end break; and how many business days the period has. The calendar
 * every plugin's service levels count in (the plugin kit's {@link BusinessDays}); public and cacheable.
 */
@Path("public/business-days")
@PermitAll
@ApplicationScoped
public class BusinessDaysResource {

    private static final LocalDate FIRST = LocalDate.of(1980, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    @Inject
    BusinessDays businessDays;

    /**
     * @param from    the first day
     * @param to      the last day
     * @param request the request, whose {@code Accept-Language} chooses the language of field errors
     * @return the days off and the number of business days; 422 naming {@code from} or {@code to}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @Context HttpServletRequest request) {
        Locale locale = CurrentCaller.locale(request);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = date("from", from, locale, errors);
        LocalDate last = date("to", to, locale, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.put("to", KitWording.TO_BEFORE_FROM.in(locale));
            } else if (first.plusDays(BusinessDays.MAX_LISTED_DAYS).isBefore(last)) {
                errors.put("to", KitWording.TOO_MANY_DAYS.in(locale, BusinessDays.MAX_LISTED_DAYS));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem(422, "Unprocessable Content", String.join(", ", errors.keySet()), errors).asException();
        }
        List<DayOff> daysOff = businessDays.daysOff(first, last);
        long all = last.toEpochDay() - first.toEpochDay() + 1;
        CacheControl day = new CacheControl();
        day.setMaxAge(86_400);
        return Response.ok(new BusinessDaysView(first.toString(), last.toString(), (int) (all - daysOff.size()),
                daysOff.stream().map(DayOffView::of).toList())).cacheControl(day).build();
    }

    private static LocalDate date(String field, String text, Locale locale, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, KitWording.REQUIRED.in(locale));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(FIRST) || date.isAfter(LAST)) {
                errors.put(field, KitWording.DATE_OUT_OF_RANGE.in(locale, FIRST, LAST));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, KitWording.NOT_A_DATE.in(locale));
            return null;
        }
    }

    /**
     * The days off of a period.
     *
     * @param from         the first day
     * @param to           the last day
     * @param businessDays how many business days the period has
     * @param daysOff      the days that are not, in date order
     */
    public record BusinessDaysView(String from, String to, int businessDays, List<DayOffView> daysOff) {
    }

    /**
     * A day that is not a business day.
     *
     * @param date   the day
     * @param reason {@code weekend}, {@code holiday} or {@code year-end}
     * @param ja     the holiday's name (振替休日...) or the reason, in Japanese
     * @param en     the same in English
     */
    public record DayOffView(String date, String reason, String ja, String en) {

        static DayOffView of(DayOff day) {
            return new DayOffView(day.date().toString(), day.reason().code(), day.label(Locale.JAPANESE),
                    day.label(Locale.ENGLISH));
        }
    }
}
