package jp.innovationnet.portal.identity.sync;

/**
 * Applies one kind of {@link SyncTask} to Keycloak. Implementations are CDI beans, one per kind. {@link #apply}
 * must be idempotent (create if missing, set to the desired state) and return only once Keycloak confirmed; it
 * throws {@link jp.innovationnet.portal.identity.keycloak.KeycloakException} (or any runtime exception) to have the
 * task retried later.
 */
public interface SyncTaskHandler {

    /** @return the kind of task handled */
    SyncTask.Kind kind();

    /** @param task the task, the oldest pending one of its organization */
    void apply(SyncTask task);
}
