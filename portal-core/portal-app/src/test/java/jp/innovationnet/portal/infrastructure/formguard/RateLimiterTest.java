package jp.innovationnet.portal.infrastructure.formguard;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualTime implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final ManualTime time = new ManualTime();

    @Test
    void anAddressGetsItsCapacityThenWaitsForTheRefill() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Limit(5, Duration.ofHours(1)),
                new RateLimiter.Limit(1000, Duration.ofHours(1)), time);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("198.18.0.1")).as("attempt " + i).isEmpty();
        }
        assertThat(limiter.tryAcquire("198.18.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofMinutes(11)).isLessThanOrEqualTo(Duration.ofMinutes(12)));
        assertThat(limiter.tryAcquire("198.18.0.2")).as("another address").isEmpty();

        time.advance(Duration.ofMinutes(12));
        assertThat(limiter.tryAcquire("198.18.0.1")).as("one token refilled").isEmpty();
        assertThat(limiter.tryAcquire("198.18.0.1")).isPresent();
    }

    @Test
    void theGlobalLimitHoldsAcrossAddresses() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Limit(5, Duration.ofHours(1)),
                new RateLimiter.Limit(3, Duration.ofMinutes(3)), time);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("b")).isEmpty();
        assertThat(limiter.tryAcquire("c")).isEmpty();
        assertThat(limiter.tryAcquire("d")).hasValueSatisfying(wait ->
                assertThat(wait.toNanos()).isCloseTo(TimeUnit.MINUTES.toNanos(1),
                        org.assertj.core.data.Offset.offset(TimeUnit.SECONDS.toNanos(1))));
        time.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("d")).isEmpty();
    }

    @Test
    void aLimitNeedsACapacityAndAPeriod() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimiter.Limit(0, Duration.ofHours(1)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimiter.Limit(1, Duration.ZERO));
    }
}
