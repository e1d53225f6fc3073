package jp.innovationnet.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Japan's national holidays (国民の祝日) of a year, keyed by date, each with the key of its name in the plugin kit's
 * labels ({@code Holiday.<key>}).
 *
 * <p>The named holidays come from Jollyday's maintained calendar for Japan. Its configuration (2.19.0) lacks what the
 * Act on National Holidays (国民の祝日に関する法律) derives rather than lists, so this class adds it:
 * <ul>
 *   <li>Vernal and Autumnal Equinox Days (春分の日, 秋分の日), by the National Astronomical Observatory's formula
 *       (valid 1980–2099; the Cabinet Office announces the same dates each February for the following year);</li>
 *   <li>the Emperor's Birthday on February 23 from 2020 (Jollyday still has December 23, the previous Emperor's);</li>
 *   <li>substitute holidays (振替休日, Art. 3(2), since 1973-04-12): a holiday on a Sunday makes the nearest following
 *       day that is not a holiday one;</li>
 *   <li>citizens' holidays (国民の休日, Art. 3(3), since 1985-12-27): a day that is not a holiday but lies between two
 *       holidays is one.</li>
 * </ul>
 * Jollyday finds its configuration service and the JAXB runtime through the thread's context class loader, which is
 * a plugin's bundle when a plugin asks; so every call into it runs with this class's own loader as that.
 */
final class JapaneseHolidays {

    /** Jollyday's key of the Emperor's Birthday, on December 23 there. */
    static final String EMPERORS_BIRTHDAY = "EMPERORS_BIRTHDAY";
    static final String VERNAL_EQUINOX = "VERNAL_EQUINOX";
    static final String AUTUMNAL_EQUINOX = "AUTUMNAL_EQUINOX";
    static final String SUBSTITUTE = "SUBSTITUTE_HOLIDAY";
    static final String CITIZENS = "CITIZENS_HOLIDAY";

    private static final LocalDate SUBSTITUTES_SINCE = LocalDate.of(1973, 4, 12);
    private static final LocalDate CITIZENS_SINCE = LocalDate.of(1985, 12, 27);
    private static final int NEW_EMPEROR = 2020;

    private final HolidayManager jollyday;
    private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    JapaneseHolidays() {
        this.jollyday = withOwnLoader(() -> HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN)));
    }

    /**
     * @param year a year from 1980 to 2099
     * @return its national holidays in date order, date → key of the holiday's name
     */
    Map<LocalDate, String> of(int year) {
        if (year < 1980 || year > 2099) {
            throw new IllegalArgumentException("Japanese holidays are known from 1980 to 2099, not " + year);
        }
        return years.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        for (Holiday holiday : withOwnLoader(() -> jollyday.getHolidays(Year.of(year)))) {
            days.put(holiday.getActualDate(), holiday.getPropertiesKey());
        }
        if (year >= NEW_EMPEROR) {
            days.remove(LocalDate.of(year, Month.DECEMBER, 23), EMPERORS_BIRTHDAY);
            days.put(LocalDate.of(year, Month.FEBRUARY, 23), EMPERORS_BIRTHDAY);
        }
        days.put(LocalDate.of(year, Month.MARCH, equinoxDay(year, 20.8431)), VERNAL_EQUINOX);
        days.put(LocalDate.of(year, Month.SEPTEMBER, equinoxDay(year, 23.2488)), AUTUMNAL_EQUINOX);
        addCitizensHolidays(days);
        addSubstitutes(days);
        return Collections.unmodifiableMap(days);
    }

    private static int equinoxDay(int year, double base) {
        int since1980 = year - 1980;
        return (int) Math.floor(base + 0.242194 * since1980) - Math.floorDiv(since1980, 4);
    }

    private static void addSubstitutes(TreeMap<LocalDate, String> days) {
        for (LocalDate day : Map.copyOf(days).keySet()) {
            if (!days.get(day).equals(CITIZENS) && day.getDayOfWeek() == DayOfWeek.SUNDAY && !day.isBefore(SUBSTITUTES_SINCE)) {
                LocalDate substitute = day.plusDays(1);
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.put(substitute, SUBSTITUTE);
            }
        }
    }

    private static void addCitizensHolidays(TreeMap<LocalDate, String> days) {
        for (LocalDate day : Map.copyOf(days).keySet()) {
            LocalDate between = day.plusDays(1);
            if (!between.isBefore(CITIZENS_SINCE) && !days.containsKey(between) && days.containsKey(day.plusDays(2))) {
                days.put(between, CITIZENS);
            }
        }
    }

    private static <T> T withOwnLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JapaneseHolidays.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
