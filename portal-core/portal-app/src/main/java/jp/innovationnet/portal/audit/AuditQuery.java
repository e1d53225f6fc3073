package jp.innovationnet.portal.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; every criterion is optional (null) and they all must hold.
 *
 * @param targetType the kind of thing, e.g. {@code organization}
 * @param targetId   its id
 * @param actor      who: a user id or user name
 * @param action     what, e.g. {@code organization.status-changed}
 * @param from       entries at or after this instant
 * @param to         entries before this instant
 */
public record AuditQuery(String targetType, String targetId, String actor, String action, Instant from, Instant to) {
}
