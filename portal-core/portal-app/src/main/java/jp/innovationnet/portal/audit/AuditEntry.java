package jp.innovationnet.portal.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit trail. Immutable once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private String actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    private String targetId;

    @Column(nullable = false, updatable = false, length = 4000)
    private String changes;

    protected AuditEntry() {
    }

    /**
     * @param occurredAt when
     * @param actorId    who (user id), or "system"
     * @param actorName  who, readable
     * @param source     "core" or "plugin:&lt;id&gt;"
     * @param action     what, e.g. "plugin.installed"
     * @param targetType the kind of thing
     * @param targetId   its id
     * @param changes    what changed, as JSON
     */
    public AuditEntry(Instant occurredAt, String actorId, String actorName, String source, String action,
                      String targetType, String targetId, String changes) {
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actorId = actorId;
        this.actorName = actorName;
        this.source = source;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSource() {
        return source;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getChanges() {
        return changes;
    }
}
