package jp.innovationnet.portal.plugins.inquiries.rest;

/**
 * A routing rule.
 *
 * @param id           its id
 * @param topic        its topic code, or null for any topic
 * @param region       its region, or null for any region
 * @param organization the organization it routes to (named from the registry; only the id when the registry no
 *                     longer knows it)
 * @param position     its place in the list
 */
public record RoutingRuleView(long id, String topic, String region, OrganizationView organization, int position) {
}
