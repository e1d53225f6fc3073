package jp.innovationnet.portal.identity.sync;

import java.time.Duration;
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
 * One change Keycloak must follow, written in the same transaction as the change itself (an outbox row). Tasks of
 * one organization are applied in id order; a task is {@link Status#DONE} only after Keycloak confirmed it. Each
 * task describes a desired state (never a toggle), so applying it twice has the effect of applying it once.
 */
@Entity
@Table(name = "identity_sync_task")
public class SyncTask {

    /** What a task makes Keycloak do. */
    public enum Kind {
        /** Create or update the organization (names, attributes, domains, enabled) and its members' access. */
        ORGANIZATION,
        /** Invite the first administrator of an admitted member by e-mail. */
        INVITE_ADMIN,
        /** Create the member's approved identity provider and link it to the organization. */
        IDENTITY_PROVIDER
    }

    /** Where a task is. */
    public enum Status {
        /** Not applied yet (maybe tried and failed: see attempts and last error). */
        PENDING,
        /** Applied; Keycloak confirmed. */
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false, length = 8000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    protected SyncTask() {
    }

    /**
     * @param organizationId the organization whose queue it joins
     * @param kind           what it does
     * @param payload        its desired state, as JSON text
     */
    public SyncTask(String organizationId, Kind kind, String payload) {
        this.organizationId = organizationId;
        this.kind = kind;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.nextAttemptAt = createdAt;
    }

    /** Keycloak confirmed the task. */
    void done() {
        status = Status.DONE;
        doneAt = OffsetDateTime.now(ZoneOffset.UTC);
        lastError = null;
    }

    /**
     * @param error what went wrong
     * @param wait  how long to wait before the next attempt
     */
    void failed(String error, Duration wait) {
        attempts++;
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(wait);
    }

    public Long getId() {
        return id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }
}
