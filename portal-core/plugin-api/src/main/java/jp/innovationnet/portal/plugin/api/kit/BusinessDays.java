package jp.innovationnet.portal.plugin.api.kit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The network's business days (営業日), counted in Asia/Tokyo: a day is one unless it is a Saturday or Sunday, a
 * national holiday of Japan (substitute and citizens' holidays included) or in the year-end break from December 29 to
 * January 3. One calendar for the whole portal, owned by the core (since contract 1.4): service levels, reminders and
 * escalations of every plugin count the same days. Known for the years 1980 to 2099; thread-safe.
 */
@ProviderType
public interface BusinessDays {

    /** The zone business days are counted in. */
    ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /** The most days one {@link #daysOff} listing may span. */
    int MAX_LISTED_DAYS = 800;

    /**
     * @param date a day in Japan
     * @return why it is not a business day, or empty if it is one
     * @throws IllegalArgumentException for a year outside 1980–2099
     */
    Optional<DayOff> dayOff(LocalDate date);

    /** @param date a day in Japan @return whether it is a business day */
    default boolean isBusinessDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /**
     * @param from the first day
     * @param to   the last day, not before {@code from} and at most {@link #MAX_LISTED_DAYS} days later
     * @return the days off between them, both included, in date order
     */
    List<DayOff> daysOff(LocalDate from, LocalDate to);

    /** @param date a day @return the first business day after it */
    LocalDate nextBusinessDay(LocalDate date);

    /** @param date a day @return the last business day before it */
    LocalDate previousBusinessDay(LocalDate date);

    /**
     * Moves a time by business days, keeping its time of day in Tokyo: from a non-business day, the first step lands
     * on the next business day.
     *
     * @param time a time
     * @param days how many business days on; zero or more
     * @return the same time of day in Tokyo, {@code days} business days later
     */
    ZonedDateTime plusBusinessDays(ZonedDateTime time, int days);

    /**
     * @param from the first day, excluded
     * @param to   the last day, included
     * @return how many business days lie after {@code from} up to {@code to}; negative when {@code to} is earlier
     */
    int businessDaysBetween(LocalDate from, LocalDate to);
}
