package jp.innovationnet.portal.membership.application;

import java.util.Locale;
import java.util.Objects;

/**
 * CDI event: the secretariat approved an application, and the organization is now an active member whose
 * applicant is to become its first administrator. Fired by {@link ApplicationDesk#approve} inside the approving
 * transaction, after the organization's new status, its history and the audit entry are persisted.
 *
 * <p>How to hook it (e.g. Keycloak synchronisation, package {@code identity.sync}):
 * <ul>
 *   <li>{@code void on(@Observes(during = TransactionPhase.IN_PROGRESS) MemberAdmitted e)} runs inside the same
 *       transaction: the place to write a durable work item (a queue row) that commits or rolls back with the
 *       admission. An exception there rolls the admission back.</li>
 *   <li>{@code void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberAdmitted e)} runs only once the
 *       admission has committed (never for one rolled back): the place for calls to other systems.</li>
 * </ul>
 * The plugin contract's {@code ORGANIZATION_ADMITTED} core event fires in the same transaction.
 *
 * @param organizationId the admitted organization's alias (also its Keycloak organization's alias)
 * @param adminEmail     the applicant's e-mail address: the first administrator to invite
 * @param adminName      the applicant's name
 * @param language       the language the applicant chose: {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
 */
public record MemberAdmitted(String organizationId, String adminEmail, String adminName, Locale language) {

    public MemberAdmitted {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminName, "adminName");
        Objects.requireNonNull(language, "language");
    }
}
