package jp.innovationnet.portal.membership.dues;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.identity.PortalCaller;

/** Writes the dues' changes to the audit trail, in the caller's transaction. */
@ApplicationScoped
public class DuesAudit {

    /** Target type of a year's dues of one class; its id is e.g. {@code 2026/full}. */
    public static final String SCHEDULE = "dues-schedule";
    /** Target type of an invoice; its id is its number. */
    public static final String INVOICE = "dues-invoice";

    @Inject
    AuditTrail trail;

    /**
     * @param actor      who
     * @param action     what, e.g. {@code dues-invoice.issued}
     * @param targetType {@link #SCHEDULE} or {@link #INVOICE}
     * @param targetId   the schedule's or invoice's id
     * @param changes    what changed
     */
    public void record(PortalCaller actor, String action, String targetType, String targetId, JsonObjectBuilder changes) {
        trail.append(new AuditEntry(Instant.now(), actor.userId(), actor.username(), "core", action, targetType,
                targetId, changes.build().toString()));
    }

    /**
     * @param from the value before, or null
     * @param to   the value after
     * @return {@code {"from": ..., "to": ...}}
     */
    public static JsonObjectBuilder change(Object from, Object to) {
        JsonObjectBuilder change = Json.createObjectBuilder();
        if (from == null) {
            change.addNull("from");
        } else {
            change.add("from", String.valueOf(from));
        }
        return change.add("to", String.valueOf(to));
    }
}
