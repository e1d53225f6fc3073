package jp.innovationnet.portal.operations.health;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the identity server (Keycloak) is reachable, in the check's data, and stays UP either way.
 *
 * <p>Why it does not fail readiness: Keycloak is shared by every portal instance. If its outage made them all unready,
 * the load balancer would take the whole portal out, including anonymous pages, callers whose Liberty SSO cookie or
 * bearer token is still valid, and the problem page that explains the outage. Readiness is for "send no traffic to
 * this instance"; an unreachable Keycloak is a dependency alert, raised from {@code reachable=false} in this check's
 * data (or from Keycloak's own monitoring).
 */
@Readiness
@ApplicationScoped
public class IdentityServerReadinessCheck implements HealthCheck {

    static final String NAME = "identity-server";

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "innovation-net")
    String realm;

    @Inject
    @ConfigProperty(name = "portal.health.identity.timeout-ms", defaultValue = "2000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "portal.health.identity.cache-seconds", defaultValue = "10")
    long cacheSeconds;

    private IdentityServerProbe probe;
    private String configurationError;

    @PostConstruct
    void init() {
        try {
            probe = new IdentityServerProbe(keycloakUrl, realm, Duration.ofMillis(timeoutMillis),
                    Duration.ofSeconds(cacheSeconds), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            configurationError = HealthData.describe(e);
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("realm", realm)
                .withData("failsReadiness", false);
        if (probe == null) {
            return response.withData("reachable", false).withData("error", configurationError).build();
        }
        IdentityServerProbe.Result result = probe.check();
        response.withData("url", result.uri().toString())
                .withData("reachable", result.reachable())
                .withData("latencyMs", result.latencyMs())
                .withData("checkedAt", result.checkedAt().toString());
        if (result.httpStatus() > 0) {
            response.withData("httpStatus", result.httpStatus());
        }
        if (result.error() != null) {
            response.withData("error", result.error());
        }
        return response.build();
    }
}
