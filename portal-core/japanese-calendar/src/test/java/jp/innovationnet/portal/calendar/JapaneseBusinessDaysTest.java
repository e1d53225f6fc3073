package jp.innovationnet.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.DayOff;
import jp.innovationnet.portal.plugin.api.kit.DayOffReason;

/** Business days against the Cabinet Office's published list of national holidays (内閣府「国民の祝日について」). */
class JapaneseBusinessDaysTest {

    private static final BusinessDays CALENDAR = new JapaneseBusinessDays();

    @Test
    void knowsEveryNationalHolidayOf2026() {
        assertThat(holidays(2026)).containsExactlyEntriesOf(sorted(Map.ofEntries(
                Map.entry("2026-01-01", "元日"), Map.entry("2026-01-12", "成人の日"),
                Map.entry("2026-02-11", "建国記念の日"), Map.entry("2026-02-23", "天皇誕生日"),
                Map.entry("2026-03-20", "春分の日"), Map.entry("2026-04-29", "昭和の日"),
                Map.entry("2026-05-03", "憲法記念日"), Map.entry("2026-05-04", "みどりの日"),
                Map.entry("2026-05-05", "こどもの日"), Map.entry("2026-05-06", "振替休日"),
                Map.entry("2026-07-20", "海の日"), Map.entry("2026-08-11", "山の日"),
                Map.entry("2026-09-21", "敬老の日"), Map.entry("2026-09-22", "国民の休日"),
                Map.entry("2026-09-23", "秋分の日"), Map.entry("2026-10-12", "スポーツの日"),
                Map.entry("2026-11-03", "文化の日"), Map.entry("2026-11-23", "勤労感謝の日"))));
    }

    @Test
    void knowsEveryNationalHolidayOf2027() {
        assertThat(holidays(2027)).containsExactlyEntriesOf(sorted(Map.ofEntries(
                Map.entry("2027-01-01", "元日"), Map.entry("2027-01-11", "成人の日"),
                Map.entry("2027-02-11", "建国記念の日"), Map.entry("2027-02-23", "天皇誕生日"),
                Map.entry("2027-03-21", "春分の日"), Map.entry("2027-03-22", "振替休日"),
                Map.entry("2027-04-29", "昭和の日"), Map.entry("2027-05-03", "憲法記念日"),
                Map.entry("2027-05-04", "みどりの日"), Map.entry("2027-05-05", "こどもの日"),
                Map.entry("2027-07-19", "海の日"), Map.entry("2027-08-11", "山の日"),
                Map.entry("2027-09-20", "敬老の日"), Map.entry("2027-09-23", "秋分の日"),
                Map.entry("2027-10-11", "スポーツの日"), Map.entry("2027-11-03", "文化の日"),
                Map.entry("2027-11-23", "勤労感謝の日"))));
    }

    @Test
    void namesDaysOffInBothLanguages() {
        DayOff substitute = CALENDAR.dayOff(LocalDate.of(2026, 5, 6)).orElseThrow();
        assertThat(substitute.label(Locale.JAPANESE)).isEqualTo("振替休日");
        assertThat(substitute.label(Locale.ENGLISH)).isEqualTo("Substitute holiday");
        DayOff citizens = CALENDAR.dayOff(LocalDate.of(2026, 9, 22)).orElseThrow();
        assertThat(citizens.label(Locale.ENGLISH)).isEqualTo("Citizens' holiday");
        assertThat(CALENDAR.dayOff(LocalDate.of(2026, 12, 30)).orElseThrow().label(Locale.JAPANESE))
                .isEqualTo("年末年始休業");
        assertThat(CALENDAR.dayOff(LocalDate.of(2026, 6, 6)).orElseThrow().label(Locale.ENGLISH))
                .isEqualTo("Weekend");
    }

    @Test
    void theYearEndBreakRunsFromDecember29ToJanuary3() {
        assertThat(CALENDAR.isBusinessDay(LocalDate.of(2026, 12, 28))).isTrue();
        for (LocalDate day = LocalDate.of(2026, 12, 29); day.isBefore(LocalDate.of(2027, 1, 4)); day = day.plusDays(1)) {
            assertThat(CALENDAR.isBusinessDay(day)).as(day.toString()).isFalse();
        }
        assertThat(CALENDAR.dayOff(LocalDate.of(2027, 1, 1)).orElseThrow().reason()).isEqualTo(DayOffReason.HOLIDAY);
        assertThat(CALENDAR.dayOff(LocalDate.of(2027, 1, 2)).orElseThrow().reason()).isEqualTo(DayOffReason.YEAR_END);
        assertThat(CALENDAR.isBusinessDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(CALENDAR.nextBusinessDay(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void goldenWeek2026LeavesOnlyThursdayAndFridayOfItsFirstWeek() {
        assertThat(CALENDAR.daysOff(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 6)))
                .extracting(day -> day.date().toString())
                .containsExactly("2026-04-29", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06");
        assertThat(CALENDAR.businessDaysBetween(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 7))).isEqualTo(3);
        assertThat(CALENDAR.businessDaysBetween(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 4, 28))).isEqualTo(-3);
    }

    @Test
    void movesByBusinessDaysKeepingTheTimeOfDayInTokyo() {
        ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 5, 1, 18, 30, 0, 0, BusinessDays.ZONE);
        assertThat(CALENDAR.plusBusinessDays(fridayEvening, 1))
                .isEqualTo(ZonedDateTime.of(2026, 5, 7, 18, 30, 0, 0, BusinessDays.ZONE));
        assertThat(CALENDAR.plusBusinessDays(fridayEvening.withZoneSameInstant(java.time.ZoneOffset.UTC), 0))
                .isEqualTo(fridayEvening);
        assertThat(CALENDAR.previousBusinessDay(LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 9, 18));
    }

    @Test
    void refusesLongListingsAndYearsOutsideTheFormula() {
        assertThatThrownBy(() -> CALENDAR.daysOff(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.daysOff(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.isBusinessDay(LocalDate.of(2100, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> holidays(int year) {
        return CALENDAR.daysOff(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(day -> day.reason() == DayOffReason.HOLIDAY)
                .collect(Collectors.toMap(day -> day.date().toString(), day -> day.label(Locale.JAPANESE),
                        (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> sorted(Map<String, String> days) {
        return new TreeMap<>(days);
    }
}
