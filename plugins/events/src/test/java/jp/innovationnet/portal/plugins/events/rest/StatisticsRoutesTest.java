package jp.innovationnet.portal.plugins.events.rest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsRoutesTest {

    @Test
    void theJapaneseFiscalYearRunsFromAprilToMarch() {
        assertThat(StatisticsRoutes.fiscalYearStart(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(StatisticsRoutes.fiscalYearStart(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(StatisticsRoutes.fiscalYearStart(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void satisfactionIsAveragedToTwoDecimals() {
        assertThat(FollowUpAnswers.averageSatisfaction(0, 0)).isEmpty();
        assertThat(FollowUpAnswers.averageSatisfaction(14, 3)).contains(4.67);
        assertThat(FollowUpAnswers.averageSatisfaction(9, 2)).contains(4.5);
    }
}
