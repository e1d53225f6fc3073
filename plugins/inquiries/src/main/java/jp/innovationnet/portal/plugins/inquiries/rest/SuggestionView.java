package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;

/**
 * Where the routing rules suggest an inquiry should go.
 *
 * @param topic         the inquiry's topic
 * @param region        its region, or null
 * @param organizations the active organizations of the most specific matching rules, in the rules' order
 */
public record SuggestionView(String topic, String region, List<OrganizationView> organizations) {
}
