package jp.innovationnet.portal.membership.dues;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void runsFromAprilFirstToMarchThirtyFirstOfTheNextYear() {
        FiscalYear year = new FiscalYear(2026);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.labelJa()).isEqualTo("2026年度");
        assertThat(year.labelEn()).isEqualTo("FY2026");
    }

    @Test
    void datesAroundTheBoundariesFallInTheRightYear() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new FiscalYear(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 31))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 1, 1))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 4, 1))).isEqualTo(new FiscalYear(2027));
    }

    @Test
    void containsExactlyItsOwnDays() {
        FiscalYear year = new FiscalYear(2026);
        assertThat(year.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(year.contains(LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(new FiscalYear(2027).contains(LocalDate.of(2028, 2, 29))).as("a leap day").isTrue();
    }

    @Test
    void refusesYearsBeforeTheNetworkOrFarAhead() {
        assertThatThrownBy(() -> new FiscalYear(2008)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalYear(2101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FiscalYear(2009).startYear()).isEqualTo(2009);
    }

    @Test
    void ordersByStartingYear() {
        assertThat(new FiscalYear(2025)).isLessThan(new FiscalYear(2026));
    }
}
