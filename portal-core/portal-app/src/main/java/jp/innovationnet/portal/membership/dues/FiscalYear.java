package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese fiscal year (年度): April 1 to March 31 of the next calendar year, named by the year it starts in
 * (fiscal year 2026 = 2026-04-01 … 2027-03-31, 2026年度).
 *
 * @param startYear the calendar year of its April 1
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** The first fiscal year the portal accepts (the network was founded in 2009). */
    public static final int FIRST = 2009;
    /** The last fiscal year the portal accepts. */
    public static final int LAST = 2100;

    public FiscalYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("a fiscal year from " + FIRST + " to " + LAST + ", not " + startYear);
        }
    }

    /**
     * @param date a date
     * @return the fiscal year the date falls in: January–March belong to the year that began the April before
     */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** @return its first day, April 1 */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** @return its last day, March 31 of the next calendar year */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** @param date a date @return whether it falls in this fiscal year */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** @return its Japanese name, e.g. {@code 2026年度} */
    public String labelJa() {
        return startYear + "年度";
    }

    /** @return its English name, e.g. {@code FY2026} */
    public String labelEn() {
        return "FY" + startYear;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return Integer.toString(startYear);
    }
}
