package jp.innovationnet.portal.plugins.inquiries.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.calendar.JapaneseBusinessDays;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;

/** Due times and states on real calendar edges: evenings, weekends, Golden Week, the year-end break. */
class ServiceLevelsTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(new JapaneseBusinessDays(), Targets.DEFAULT);

    @Test
    void aMorningQuestionCountsFromItsOwnDay() {
        DueDates due = LEVELS.dueDates(tokyo("2026-06-15T10:00"));
        assertThat(due.firstResponse()).isEqualTo(tokyo("2026-06-17T17:00"));
        assertThat(due.resolution()).isEqualTo(tokyo("2026-06-29T17:00"));
    }

    @Test
    void aQuestionAtFiveCountsFromTheNextBusinessDay() {
        assertThat(LEVELS.dueDates(tokyo("2026-06-15T16:59")).firstResponse()).isEqualTo(tokyo("2026-06-17T17:00"));
        assertThat(LEVELS.dueDates(tokyo("2026-06-15T17:00")).firstResponse()).isEqualTo(tokyo("2026-06-18T17:00"));
    }

    @Test
    void fridayEveningAndTheWeekendCountFromMonday() {
        assertThat(LEVELS.dueDates(tokyo("2026-06-19T18:30")).firstResponse()).isEqualTo(tokyo("2026-06-24T17:00"));
        assertThat(LEVELS.dueDates(tokyo("2026-06-20T09:00")).firstResponse()).isEqualTo(tokyo("2026-06-24T17:00"));
        assertThat(LEVELS.dueDates(tokyo("2026-06-21T23:59")).firstResponse()).isEqualTo(tokyo("2026-06-24T17:00"));
    }

    @Test
    void goldenWeekStopsTheClock() {
        // Thursday 30 April 2026: Friday 1 May is the only business day before Thursday 7 May
        assertThat(LEVELS.dueDates(tokyo("2026-04-30T11:00")).firstResponse()).isEqualTo(tokyo("2026-05-07T17:00"));
        // Friday 1 May evening: counts from Thursday 7 May (3, 4, 5 holidays, 6 the substitute holiday)
        DueDates due = LEVELS.dueDates(tokyo("2026-05-01T19:00"));
        assertThat(due.firstResponse()).isEqualTo(tokyo("2026-05-11T17:00"));
        assertThat(due.resolution()).isEqualTo(tokyo("2026-05-21T17:00"));
    }

    @Test
    void theYearEndBreakStopsTheClock() {
        assertThat(LEVELS.dueDates(tokyo("2026-12-28T09:00")).firstResponse()).isEqualTo(tokyo("2027-01-05T17:00"));
        assertThat(LEVELS.dueDates(tokyo("2026-12-30T12:00")).firstResponse()).isEqualTo(tokyo("2027-01-06T17:00"));
    }

    @Test
    void aUtcTimestampIsJudgedInTokyo() {
        // 2026-06-15T09:00Z is 18:00 in Tokyo: after the close of business
        assertThat(LEVELS.dueDates(Instant.parse("2026-06-15T09:00:00Z")).firstResponse())
                .isEqualTo(tokyo("2026-06-18T17:00"));
    }

    @Test
    void statesBeforeAndAfterTheDueTime() {
        Instant due = tokyo("2026-05-07T17:00");
        assertThat(LEVELS.state(due, null, tokyo("2026-04-30T17:00"))).isEqualTo(LevelState.ON_TIME);
        // one business day before Thursday 7 May is Friday 1 May
        assertThat(LEVELS.state(due, null, tokyo("2026-05-01T16:59"))).isEqualTo(LevelState.ON_TIME);
        assertThat(LEVELS.state(due, null, tokyo("2026-05-01T17:00"))).isEqualTo(LevelState.DUE_SOON);
        assertThat(LEVELS.state(due, null, tokyo("2026-05-07T17:00"))).isEqualTo(LevelState.DUE_SOON);
        assertThat(LEVELS.state(due, null, tokyo("2026-05-07T17:01"))).isEqualTo(LevelState.OVERDUE);
        assertThat(LEVELS.state(due, tokyo("2026-05-07T17:00"), tokyo("2026-06-01T00:00"))).isEqualTo(LevelState.MET);
        assertThat(LEVELS.state(due, tokyo("2026-05-08T09:00"), tokyo("2026-05-08T09:00"))).isEqualTo(LevelState.MISSED);
        assertThat(LevelState.DUE_SOON.code()).isEqualTo("due-soon");
    }

    @Test
    void targetsMustMakeSense() {
        assertThatThrownBy(() -> new Targets(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Targets(5, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Targets(2, 10, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant tokyo(String localTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localTime), BusinessDays.ZONE).toInstant();
    }
}
