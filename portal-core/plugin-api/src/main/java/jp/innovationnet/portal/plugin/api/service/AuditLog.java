package jp.innovationnet.portal.plugin.api.service;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** The portal's append-only audit trail. The core adds who (the caller), when, and which plugin. */
@ProviderType
public interface AuditLog {

    /**
     * @param action     what was done, e.g. {@code "note.created"}
     * @param targetType the kind of thing it was done to, e.g. {@code "note"}
     * @param targetId   its id
     * @param changes    field to new value (or "old → new"); may be empty
     */
    void record(String action, String targetType, String targetId, Map<String, String> changes);
}
