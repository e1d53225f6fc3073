package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private final Seats seats = new Seats(1, 1);

    @Test
    void aPendingRegistrationHoldsNoSeatUntilApproved() {
        Registration pending = seats.admit(person(1), Map.of("q1", "yes"), true, NOW);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(pending.status().active()).isTrue();
        assertThat(seats.confirmed()).isZero();
        assertThat(pending.answers()).containsEntry("q1", "yes");

        seats.approve(pending, NOW);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(seats.confirmed()).isEqualTo(1);
    }

    @Test
    void approvedIntoAFullEventGoesToTheEndOfTheWaitingListNeverOverbooking() {
        Registration pending = seats.admit(person(1), Map.of(), true, NOW);
        Registration first = seats.admit(person(2), Map.of(), false, NOW);
        Registration waiting = seats.admit(person(3), Map.of(), false, NOW);
        assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITING);

        seats.approve(pending, NOW);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(pending.ticket()).as("behind those who waited already").isGreaterThan(waiting.ticket());
        assertThat(seats.confirmed()).isEqualTo(1);
    }

    @Test
    void onlyPendingRegistrationsAreDecidedAndADeclinedOneEnds() {
        Registration pending = seats.admit(person(1), Map.of(), true, NOW);
        seats.decline(pending, NOW);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.DECLINED);
        assertThat(pending.status().active()).isFalse();
        assertThatThrownBy(() -> seats.approve(pending, NOW)).isInstanceOf(RegistrationStateException.class);
        Registration confirmed = seats.admit(person(2), Map.of(), false, NOW);
        assertThatThrownBy(() -> seats.decline(confirmed, NOW)).isInstanceOf(RegistrationStateException.class)
                .extracting(e -> ((RegistrationStateException) e).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void cancellingAPendingRegistrationFreesNoSeat() {
        seats.admit(person(1), Map.of(), false, NOW);
        Registration pending = seats.admit(person(2), Map.of(), true, NOW);
        seats.release(pending, RegistrationStatus.CANCELLED, NOW);
        assertThat(seats.confirmed()).isEqualTo(1);
    }

    @Test
    void onlyAConfirmedRegistrantChecksInAndTheFirstCheckInStays() {
        Registration confirmed = seats.admit(person(1), Map.of(), false, NOW);
        Registration waiting = seats.admit(person(2), Map.of(), false, NOW);
        assertThat(confirmed.checkIn(NOW.plusNanos(1_234_567))).as("the first check-in").isFalse();
        assertThat(confirmed.checkIn(NOW.plusSeconds(60))).isTrue();
        assertThat(confirmed.checkedInAt()).as("to the microsecond, as stored").contains(NOW.plusNanos(1_234_000));
        assertThatThrownBy(() -> waiting.checkIn(NOW)).isInstanceOf(RegistrationStateException.class);
        assertThat(waiting.checkedInAt()).isEmpty();
    }

    @Test
    void everyRegistrationHasItsOwnUrlSafeSecrets() {
        Registration one = seats.admit(person(1), Map.of(), false, NOW);
        Registration two = seats.admit(person(2), Map.of(), false, NOW);
        assertThat(one.privateToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.privateToken())
                .isNotEqualTo(one.checkInCode());
        assertThat(one.checkInCode()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.checkInCode());
    }

    private static Registrant person(int n) {
        return new Registrant(Optional.empty(), "Person " + n, "p" + n + "@example.jp", Locale.ENGLISH,
                Optional.empty(), Optional.of("Hamamatsu Photonics"));
    }
}
