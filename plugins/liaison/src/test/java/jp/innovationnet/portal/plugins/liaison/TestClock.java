package jp.innovationnet.portal.plugins.liaison;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets: the plugin's time stands still until the test moves it. */
final class TestClock extends Clock {

    private Instant now;

    /** @param now the time to start at */
    TestClock(Instant now) {
        this.now = now;
    }

    /** @param time the time from now on */
    void set(Instant time) {
        now = time;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
