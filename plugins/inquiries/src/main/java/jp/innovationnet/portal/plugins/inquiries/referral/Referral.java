package jp.innovationnet.portal.plugins.inquiries.referral;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * An inquiry routed to one organization. The row stays whatever becomes of it: the organization keeps seeing the
 * inquiry after referring it onward or handing it back.
 */
@Entity
@Table(name = "inquiries_referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(nullable = false)
    private String status;

    private String note;

    @Column(name = "routed_by", nullable = false)
    private String routedBy;

    @Column(name = "routed_from")
    private String routedFrom;

    @Column(name = "assignee_user_id")
    private String assigneeUserId;

    @Column(name = "assignee_name")
    private String assigneeName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected Referral() {
    }

    Referral(long inquiryId, String organizationId, Optional<String> note, String routedBy,
             Optional<String> routedFrom, Instant now) {
        this.inquiryId = inquiryId;
        this.organizationId = organizationId;
        this.status = ReferralStatus.RECEIVED.code();
        this.note = note.orElse(null);
        this.routedBy = routedBy;
        this.routedFrom = routedFrom.orElse(null);
        this.createdAt = utc(now);
        this.changedAt = createdAt;
    }

    /** Routed here again after it was passed on or handed back. */
    void routedAgain(Optional<String> note, String routedBy, Optional<String> routedFrom, Instant now) {
        this.note = note.orElse(null);
        this.routedBy = routedBy;
        this.routedFrom = routedFrom.orElse(null);
        moveTo(ReferralStatus.RECEIVED, now);
    }

    void moveTo(ReferralStatus next, Instant now) {
        status = next.code();
        changedAt = utc(now);
    }

    void handBack(Optional<String> reason, Instant now) {
        reason.ifPresent(r -> note = r);
        moveTo(ReferralStatus.HANDED_BACK, now);
    }

    void assign(Optional<String> userId, Optional<String> name, Instant now) {
        assigneeUserId = userId.orElse(null);
        assigneeName = name.orElse(null);
        changedAt = utc(now);
    }

    public long id() {
        return id;
    }

    public long inquiryId() {
        return inquiryId;
    }

    public String organizationId() {
        return organizationId;
    }

    public ReferralStatus status() {
        return Coded.byCode(ReferralStatus.values(), status).orElseThrow();
    }

    /** @return the routing note (or the reason for handing back): staff only */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return the user who routed it here */
    public String routedBy() {
        return routedBy;
    }

    /** @return the organization that referred it here onward; empty when the secretariat routed it */
    public Optional<String> routedFrom() {
        return Optional.ofNullable(routedFrom);
    }

    public Optional<String> assigneeUserId() {
        return Optional.ofNullable(assigneeUserId);
    }

    public Optional<String> assigneeName() {
        return Optional.ofNullable(assigneeName);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
