package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;

import jp.innovationnet.portal.plugins.inquiries.calendar.DayOff;

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
