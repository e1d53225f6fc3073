package jp.innovationnet.portal.infrastructure.formguard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.github.bucket4j.TimeMeter;

/**
 * The public forms' protections against spam and floods: the membership application's and those plugins offer
 * through the contract's {@code PublicForms}. One configuration for all, from Liberty variables or the environment
 * ({@code PORTAL_APPLICATIONS_PER_ADDRESS} for {@code portal.applications.per-address}, and so on; the names come
 * from the membership application, the first public form), but each form counts its submissions for itself:
 * <ul>
 *   <li>{@code portal.applications.per-address}: submissions (and answers) per client address per hour (5);</li>
 *   <li>{@code portal.applications.global}: submissions (and answers) from everybody together per hour (100);</li>
 *   <li>{@code portal.applications.min-fill-seconds}: how long after getting the form it may be sent at the
 *       earliest (5);</li>
 *   <li>{@code portal.applications.form-max-age-hours}: how long a form stays valid (24);</li>
 *   <li>{@code portal.applications.form-secret}: the form tokens' signing key (at least 32 characters); without
 *       it, each server start makes a random one (forms issued before a restart then have to be fetched again).</li>
 * </ul>
 */
@ApplicationScoped
public class FormGuards {

    @Inject
    @ConfigProperty(name = "portal.applications.per-address", defaultValue = "5")
    long perAddress;

    @Inject
    @ConfigProperty(name = "portal.applications.global", defaultValue = "100")
    long global;

    @Inject
    @ConfigProperty(name = "portal.applications.min-fill-seconds", defaultValue = "5")
    long minFillSeconds;

    @Inject
    @ConfigProperty(name = "portal.applications.form-max-age-hours", defaultValue = "24")
    long formMaxAgeHours;

    @Inject
    @ConfigProperty(name = "portal.applications.form-secret")
    Optional<String> formSecret;

    private final Map<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();
    private FormTokens formTokens;

    @PostConstruct
    void configure() {
        byte[] key = formSecret.filter(s -> s.length() >= 32).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(FormTokens::randomKey);
        formTokens = new FormTokens(key, Duration.ofSeconds(minFillSeconds), Duration.ofHours(formMaxAgeHours),
                Clock.systemUTC());
    }

    /** @return the form tokens */
    public FormTokens formTokens() {
        return formTokens;
    }

    /**
     * @param form a form, e.g. {@code "membership-application"} or {@code "plugin:events:registration"}
     * @return the rate limiter that counts the submissions of that form
     */
    public RateLimiter rateLimiter(String form) {
        return rateLimiters.computeIfAbsent(form, f -> {
            Duration hour = Duration.ofHours(1);
            return new RateLimiter(new RateLimiter.Limit(perAddress, hour), new RateLimiter.Limit(global, hour),
                    TimeMeter.SYSTEM_MILLISECONDS);
        });
    }
}
