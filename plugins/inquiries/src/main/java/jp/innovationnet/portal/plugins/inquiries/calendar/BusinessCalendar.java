package jp.innovationnet.portal.plugins.inquiries.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Japanese business days (営業日) in Asia/Tokyo: a day is one unless it is a Saturday or Sunday, a national holiday
 * (substitute and citizens' holidays included) or in the year-end break from December 29 to January 3. Safe to
 * share between threads; build one per plugin revision (loading the holiday calendar takes a moment).
 */
public final class BusinessCalendar {

    /** The zone business days are counted in. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final MonthDay BREAK_STARTS = MonthDay.of(Month.DECEMBER, 29);
    private static final MonthDay BREAK_ENDS = MonthDay.of(Month.JANUARY, 3);
    /** At most this many days apart for one listing (a screen shows a few months). */
    public static final int MAX_LISTED_DAYS = 800;

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    /**
     * @param date a day in Japan (1980–2099)
     * @return why it is not a business day, or empty if it is one
     */
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

    /** @param date a day in Japan @return whether it is a business day */
    public boolean isBusinessDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /**
     * @param from the first day
     * @param to   the last day, not before {@code from} and at most {@value #MAX_LISTED_DAYS} days later
     * @return the days off between them, both included, in date order
     */
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

    /**
     * @param date a day
     * @return the first business day after it
     */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * @param date a day
     * @return the last business day before it
     */
    public LocalDate previousBusinessDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Moves a time by business days, keeping its time of day in Tokyo: from a non-business day, the first step
     * lands on the next business day.
     *
     * @param time a time
     * @param days how many business days on; zero or more
     * @return the same time of day in Tokyo, {@code days} business days later
     */
    public ZonedDateTime plusBusinessDays(ZonedDateTime time, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        ZonedDateTime tokyo = time.withZoneSameInstant(TOKYO);
        LocalDate day = tokyo.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextBusinessDay(day);
        }
        return ZonedDateTime.of(day, tokyo.toLocalTime(), TOKYO);
    }

    /**
     * @param from the first day, excluded
     * @param to   the last day, included
     * @return how many business days lie after {@code from} up to {@code to}; negative when {@code to} is earlier
     */
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
