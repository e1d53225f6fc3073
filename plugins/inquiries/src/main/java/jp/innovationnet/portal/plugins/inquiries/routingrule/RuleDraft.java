package jp.innovationnet.portal.plugins.inquiries.routingrule;

import java.util.Objects;

import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * What a routing rule says, checked: a topic, a region or both, an organization (known to the registry) and where
 * the rule comes in the list.
 *
 * @param topic          the topic, or null for any topic
 * @param region         the region, or null for any region
 * @param organizationId the organization's alias
 * @param position       the rule's place in the list (lower first)
 */
public record RuleDraft(Topic topic, Region region, String organizationId, int position) {

    public RuleDraft {
        Objects.requireNonNull(organizationId, "organizationId");
        if (topic == null && region == null) {
            throw new IllegalArgumentException("a rule names a topic, a region or both");
        }
    }
}
