/**
 * Keycloak follows the portal. Every membership change Keycloak must know of is written as a
 * {@link jp.innovationnet.portal.identity.sync.SyncTask} in the transaction of the change
 * ({@link jp.innovationnet.portal.identity.sync.MembershipChangeRecorder} observes the registry's
 * {@code OrganizationChanged} and {@link jp.innovationnet.portal.membership.application.MemberAdmitted} in progress);
 * {@link jp.innovationnet.portal.identity.sync.SyncWorker} applies the queue in order per organization through
 * idempotent {@link jp.innovationnet.portal.identity.sync.SyncTaskHandler}s, retrying with backoff while Keycloak
 * is unreachable; {@link jp.innovationnet.portal.identity.sync.Reconciler} repairs drift.
 */
package jp.innovationnet.portal.identity.sync;
