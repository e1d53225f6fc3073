package jp.innovationnet.portal.plugins.events.checkin;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.Seats;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInQrTest {

    @Test
    void itLeadsToTheOrganisersCheckInScreenWithTheEventAndCode() {
        Registration registration = new Seats(12, null).admit(new Registrant(Optional.empty(), "山田", "y@example.jp",
                Locale.JAPANESE, Optional.empty()), Map.of(), false, Instant.now());
        assertThat(CheckInQr.path(registration)).isEqualTo("/p/events/organise?view=checkin&event=12&code="
                + registration.checkInCode());
    }
}
