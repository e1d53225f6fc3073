package jp.innovationnet.portal.membership.organization;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an organization's membership lifecycle: when, by whom, from what to what, and why. Never changed. */
@Entity
@Table(name = "membership_transition")
public class MembershipTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "from_status", updatable = false)
    @Convert(converter = Converters.Status.class)
    private MembershipStatus from;

    @Column(name = "to_status", nullable = false, updatable = false)
    @Convert(converter = Converters.Status.class)
    private MembershipStatus to;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private String actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(updatable = false, length = 2000)
    private String reason;

    protected MembershipTransition() {
    }

    /**
     * @param organizationId the organization
     * @param from           the status before, or null for its first
     * @param to             the status after
     * @param actorId        who (a user id, or {@code anonymous} for a public application)
     * @param actorName      who, readable
     * @param reason         why, if given
     */
    public MembershipTransition(String organizationId, MembershipStatus from, MembershipStatus to, String actorId,
                                String actorName, String reason) {
        this.organizationId = organizationId;
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.from = from;
        this.to = to;
        this.actorId = actorId;
        this.actorName = actorName;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public MembershipStatus getFrom() {
        return from;
    }

    public MembershipStatus getTo() {
        return to;
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getReason() {
        return reason;
    }
}
