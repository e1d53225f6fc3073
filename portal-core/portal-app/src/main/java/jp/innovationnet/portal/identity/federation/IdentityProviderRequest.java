package jp.innovationnet.portal.identity.federation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's request to log its people in through its own OpenID Connect provider, for one e-mail domain. The
 * client secret is kept only until the sync has handed it to Keycloak, then cleared; it is never shown.
 */
@Entity
@Table(name = "identity_provider_request")
public class IdentityProviderRequest {

    /** Where a request is. */
    public enum Status {
        /** Waiting for the secretariat. */
        REQUESTED,
        /** Approved; the sync is configuring Keycloak. */
        APPROVED,
        /** Keycloak routes the domain to the provider. */
        CONFIGURED,
        /** Turned down. */
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    @Column(nullable = false, updatable = false)
    private String alias;

    @Column(nullable = false, updatable = false)
    private String protocol;

    @Column(name = "discovery_url", nullable = false, updatable = false)
    private String discoveryUrl;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "client_secret")
    private String clientSecret;

    @Column(nullable = false, updatable = false)
    private String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    private String reason;

    @Column(name = "configured_at")
    private OffsetDateTime configuredAt;

    protected IdentityProviderRequest() {
    }

    /**
     * @param organizationId the requesting organization
     * @param discoveryUrl   the provider's OpenID discovery document URL
     * @param clientId       the client Keycloak is registered as at the provider
     * @param clientSecret   its secret
     * @param domain         the organization's e-mail domain, lower case
     * @param requestedBy    who asks
     */
    public IdentityProviderRequest(String organizationId, String discoveryUrl, String clientId, String clientSecret,
                                   String domain, String requestedBy) {
        this.organizationId = organizationId;
        this.alias = organizationId + "-oidc";
        this.protocol = "oidc";
        this.discoveryUrl = discoveryUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.domain = domain;
        this.status = Status.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** @param approved the decision @param by who decided @param why the reason, or null */
    void decide(boolean approved, String by, String why) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("request " + id + " is " + status.name().toLowerCase() + " already");
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        decidedBy = by;
        reason = why;
        decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!approved) {
            clientSecret = null;
        }
    }

    /** Keycloak has the provider: the secret is no longer kept. */
    void configured() {
        status = Status.CONFIGURED;
        clientSecret = null;
        configuredAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getAlias() {
        return alias;
    }

    public String getProtocol() {
        return protocol;
    }

    public String getDiscoveryUrl() {
        return discoveryUrl;
    }

    public String getClientId() {
        return clientId;
    }

    /** @return the secret, until it has been handed to Keycloak */
    String getClientSecret() {
        return clientSecret;
    }

    public String getDomain() {
        return domain;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
