package jp.innovationnet.portal.infrastructure.formguard;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) that limit how often something may happen: per client address, and for everybody
 * together. A bucket holds {@code capacity} tokens and refills them evenly over {@code period}; each attempt takes
 * one. The per-address buckets live in a bounded cache (Caffeine) and are forgotten once idle for a period, so a
 * flood from many addresses cannot exhaust memory (and hits the global bucket anyway). In memory: each server
 * instance counts for itself.
 */
public final class RateLimiter {

    private static final int ADDRESSES_MAX = 100_000;

    private final Limit perAddress;
    private final Bucket global;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /**
     * @param perAddress the limit for one client address
     * @param global     the limit for all clients together
     * @param time       the clock ({@link TimeMeter#SYSTEM_MILLISECONDS} in production)
     */
    public RateLimiter(Limit perAddress, Limit global, TimeMeter time) {
        this.perAddress = perAddress;
        this.time = time;
        this.global = bucket(global);
        this.buckets = Caffeine.newBuilder().maximumSize(ADDRESSES_MAX)
                .expireAfterAccess(perAddress.period()).build();
    }

    /**
     * Takes one token for an attempt from {@code address}.
     *
     * @param address the client's address
     * @return empty when the attempt may go ahead; else how long until it may
     */
    public Optional<Duration> tryAcquire(String address) {
        ConsumptionProbe own = buckets.get(address, a -> bucket(perAddress)).tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            return Optional.of(wait(own));
        }
        ConsumptionProbe all = global.tryConsumeAndReturnRemaining(1);
        return all.isConsumed() ? Optional.empty() : Optional.of(wait(all));
    }

    private Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(time).build();
    }

    private static Duration wait(ConsumptionProbe probe) {
        return Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1));
    }

    /**
     * @param capacity how many attempts at most in a burst
     * @param period   over how long the capacity refills
     */
    public record Limit(long capacity, Duration period) {
        public Limit {
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit needs a capacity of 1 or more and a positive period");
            }
        }
    }
}
