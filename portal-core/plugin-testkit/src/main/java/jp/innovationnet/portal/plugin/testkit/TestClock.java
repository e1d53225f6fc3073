package jp.innovationnet.portal.plugin.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets, for a plugin started on it: its time stands still until the test moves it. */
public final class TestClock extends Clock {

    private Instant now;

    /** @param now the time to start at */
    public TestClock(Instant now) {
        this.now = now;
    }

    /** @param time the time from now on */
    public void set(Instant time) {
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
