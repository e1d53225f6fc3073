package jp.innovationnet.portal.interfaces.rest.membership.officer;

/**
 * An appointment ({@code POST /api/officers/terms}).
 *
 * @param office         chair, steering-committee-chair, steering-committee-member or auditor
 * @param personName     who (required, at most 200 characters)
 * @param organizationId the alias of the organization they come from (required, must exist)
 * @param start          first day, {@code 2026-04-01} (required)
 * @param end            last day, after the first; none while open
 */
public record AppointmentInput(String office, String personName, String organizationId, String start, String end) {
}
