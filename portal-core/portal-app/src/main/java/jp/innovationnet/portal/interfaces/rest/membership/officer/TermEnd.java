package jp.innovationnet.portal.interfaces.rest.membership.officer;

/**
 * The end of a term ({@code PUT /api/officers/terms/{id}/end}).
 *
 * @param end     its last day, after its first (required)
 * @param version the {@code version} of the term the caller read (required)
 */
public record TermEnd(String end, Long version) {
}
