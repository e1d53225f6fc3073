package jp.innovationnet.portal.membership.officer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OfficeTermTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @Test
    void aTermCoversItsDaysInclusiveAndAnOpenTermGoesOn() {
        OfficeTerm closed = new OfficeTerm(Office.CHAIR, "会長", "jilc", APRIL, APRIL.plusYears(2).minusDays(1));
        assertThat(closed.covers(APRIL)).isTrue();
        assertThat(closed.covers(APRIL.minusDays(1))).isFalse();
        assertThat(closed.covers(APRIL.plusYears(2).minusDays(1))).isTrue();
        assertThat(closed.covers(APRIL.plusYears(2))).isFalse();
        OfficeTerm open = new OfficeTerm(Office.AUDITOR, "監事", "jst", APRIL, null);
        assertThat(open.covers(APRIL.plusYears(50))).isTrue();
    }

    @Test
    void termsOverlapWhenTheyShareADay() {
        OfficeTerm term = new OfficeTerm(Office.CHAIR, "会長", "jilc", APRIL, APRIL.plusYears(1).minusDays(1));
        assertThat(term.overlaps(APRIL.plusYears(1), null)).isFalse();
        assertThat(term.overlaps(APRIL.plusYears(1).minusDays(1), null)).isTrue();
        assertThat(term.overlaps(APRIL.minusYears(1), APRIL.minusDays(1))).isFalse();
        assertThat(term.overlaps(APRIL.minusYears(1), APRIL)).isTrue();
        assertThat(new OfficeTerm(Office.CHAIR, "会長", "jilc", APRIL, null).overlaps(APRIL.plusYears(9), null))
                .isTrue();
    }

    @Test
    void aTermEndsAfterItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OfficeTerm(Office.CHAIR, "会長", "jilc", APRIL,
                APRIL));
        OfficeTerm term = new OfficeTerm(Office.CHAIR, "会長", "jilc", APRIL, null);
        assertThatIllegalArgumentException().isThrownBy(() -> term.end(APRIL.minusDays(1)));
        term.end(APRIL.plusDays(1));
        assertThat(term.getEnd()).isEqualTo(APRIL.plusDays(1));
    }

    @Test
    void officesHaveTheirSeats() {
        assertThat(Office.CHAIR.seats()).hasValue(1);
        assertThat(Office.STEERING_COMMITTEE_CHAIR.seats()).hasValue(1);
        assertThat(Office.AUDITOR.seats()).hasValue(2);
        assertThat(Office.STEERING_COMMITTEE_MEMBER.seats()).isEmpty();
        assertThat(Office.STEERING_COMMITTEE_CHAIR.code()).isEqualTo("steering-committee-chair");
    }
}
