package jp.innovationnet.portal.membership.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** Dates of the dues are dates in Japan, whatever the server's time zone. */
@ApplicationScoped
public class DuesCalendar {

    /** Japan's time zone. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock = Clock.system(JAPAN);

    /** @return today's date in Japan */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
