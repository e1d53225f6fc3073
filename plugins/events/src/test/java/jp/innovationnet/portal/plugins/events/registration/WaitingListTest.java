package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingListTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void seatsGoFirstComeFirstServedThenTheWaitingListInOrder() {
        Seats seats = new Seats(1, 2);
        List<Registration> all = register(seats, 5);
        assertThat(all).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.WAITING,
                RegistrationStatus.WAITING);
        assertThat(all).extracting(Registration::ticket).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(seats.confirmed()).isEqualTo(2);
        assertThat(seats.hasRoom()).isFalse();
    }

    @Test
    void aCancelledSeatGoesToTheFirstWaiting() {
        Seats seats = new Seats(1, 2);
        List<Registration> all = register(seats, 4);
        seats.release(all.get(0), RegistrationStatus.CANCELLED, NOW);
        List<Registration> promoted = seats.promote(waiting(all), NOW);
        assertThat(promoted).containsExactly(all.get(2));
        assertThat(all.get(0).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(all.get(2).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(all.get(3).status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(seats.confirmed()).isEqualTo(2);
    }

    @Test
    void aWaitingRegistrationThatEndsFreesNoSeat() {
        Seats seats = new Seats(1, 1);
        List<Registration> all = register(seats, 3);
        seats.release(all.get(1), RegistrationStatus.NOT_ATTENDING, NOW);
        assertThat(seats.promote(waiting(all), NOW)).isEmpty();
        assertThat(seats.confirmed()).isEqualTo(1);
        assertThat(all.get(2).status()).isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void moreSeatsPromoteTheWaitingListAndFewerThanConfirmedAreRefused() {
        Seats seats = new Seats(1, 1);
        List<Registration> all = register(seats, 4);
        seats.resize(3);
        assertThat(seats.promote(waiting(all), NOW)).containsExactly(all.get(1), all.get(2));
        assertThatThrownBy(() -> seats.resize(2)).isInstanceOf(CapacityBelowConfirmedException.class)
                .extracting(e -> ((CapacityBelowConfirmedException) e).confirmed()).isEqualTo(3);
        assertThat(seats.capacity()).isEqualTo(3);
        seats.resize(null);
        assertThat(seats.promote(waiting(all), NOW)).containsExactly(all.get(3));
    }

    private static List<Registration> register(Seats seats, int people) {
        List<Registration> all = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            all.add(seats.admit(new Registrant(Optional.of("u" + i), "Person " + i, "p" + i + "@example.jp",
                    Locale.JAPANESE, Optional.empty()), Map.of(), false, NOW));
        }
        return all;
    }

    private static List<Registration> waiting(List<Registration> all) {
        return all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList();
    }
}
