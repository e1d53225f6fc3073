package jp.innovationnet.portal.identity.sync;

/**
 * A member was admitted and names its first administrator. Fired (synchronously, inside the admission's
 * transaction) by the membership registry; the sync queues the organization's creation and the administrator's
 * invitation in the same transaction.
 *
 * <p>Defined here until the registry's own event lands; the integrator moves it next to the registry.
 *
 * @param organizationId the organization's alias
 * @param adminEmail     the first administrator's e-mail address
 * @param adminName      their name as written
 * @param language       {@code ja} or {@code en}: the language they asked for
 */
public record MemberAdmitted(String organizationId, String adminEmail, String adminName, String language) {
}
