package jp.innovationnet.portal.plugin.api.event;

import java.time.Instant;

/**
 * Something that happened in the core.
 *
 * @param type           what happened
 * @param organizationId the organization it happened to
 * @param occurredAt     when
 */
public record CoreEvent(Type type, String organizationId, Instant occurredAt) {

    /** The kinds of core events. New kinds may be added in minor versions: ignore unknown ones. */
    public enum Type {
        /** A member organization was admitted and is active. */
        ORGANIZATION_ADMITTED,
        /** A member organization was suspended: its users lose access until it is reinstated. */
        ORGANIZATION_SUSPENDED,
        /** A suspended member organization is active again. */
        ORGANIZATION_REINSTATED,
        /** A member organization withdrew: its users lose access for good. */
        ORGANIZATION_WITHDRAWN
    }
}
