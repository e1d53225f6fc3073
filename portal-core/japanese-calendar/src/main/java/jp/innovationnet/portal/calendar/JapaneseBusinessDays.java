package jp.innovationnet.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.DayOff;
import jp.innovationnet.portal.plugin.api.kit.DayOffReason;

/**
 * The plugin kit's {@link BusinessDays}: a day is a business day unless it is a Saturday or Sunday, a national holiday
 * ({@link JapaneseHolidays}) or in the year-end break from December 29 to January 3. Safe to share between threads;
 * the portal keeps one (loading the holiday calendar takes a moment).
 */
public final class JapaneseBusinessDays implements BusinessDays {

    private static final MonthDay BREAK_STARTS = MonthDay.of(Month.DECEMBER, 29);
    private static final MonthDay BREAK_ENDS = MonthDay.of(Month.JANUARY, 3);

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    @Override
    public Optional<DayOff> dayOff(LocalDate date) {
        String holiday = holidays.of(date.getYear()).get(date);
        if (holiday != null) {
            return Optional.of(new DayOff(date, DayOffReason.HOLIDAY, holiday));
        }
        MonthDay day = MonthDay.from(date);
        if (!day.isBefore(BREAK_STARTS) || !day.isAfter(BREAK_ENDS)) {
            return Optional.of(new DayOff(date, DayOffReason.YEAR_END, null));
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(new DayOff(date, DayOffReason.WEEKEND, null));
        }
        return Optional.empty();
    }

    @Override
    public List<DayOff> daysOff(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_LISTED_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " to " + to);
        }
        List<DayOff> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            dayOff(day).ifPresent(days::add);
        }
        return days;
    }

    @Override
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Override
    public ZonedDateTime plusBusinessDays(ZonedDateTime time, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        ZonedDateTime tokyo = time.withZoneSameInstant(ZONE);
        LocalDate day = tokyo.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextBusinessDay(day);
        }
        return ZonedDateTime.of(day, tokyo.toLocalTime(), ZONE);
    }

    @Override
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }
}
