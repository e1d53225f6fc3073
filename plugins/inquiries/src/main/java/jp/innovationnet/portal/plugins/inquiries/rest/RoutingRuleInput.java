package jp.innovationnet.portal.plugins.inquiries.rest;

/**
 * A routing rule as the secretariat writes it.
 *
 * @param topic          a topic code, or null for any topic
 * @param region         a region (as the member directory writes it, e.g. {@code Kanto}), or null for any region
 * @param organizationId the alias of an active organization
 * @param position       the rule's place in the list (lower first); null puts a new rule last and leaves a changed
 *                       rule where it was
 */
public record RoutingRuleInput(String topic, String region, String organizationId, Integer position) {
}
