package jp.innovationnet.portal.plugins.inquiries.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * A routing rule as the secretariat writes it; codes and the organization are trimmed, blank codes are none. That it
 * names a topic or a region, and an active organization, is checked by {@link RoutingRuleRoutes}.
 *
 * @param topic          a topic code, or null for any topic
 * @param region         a region (as the member directory writes it, e.g. {@code Kanto}), or null for any region
 * @param organizationId the alias of an active organization
 * @param position       the rule's place in the list (lower first); null puts a new rule last and leaves a changed
 *                       rule where it was
 */
public record RoutingRuleInput(@CodeOf(Topic.class) String topic, @CodeOf(Region.class) String region,
                               @NotBlank String organizationId,
                               @Min(0) @Max(RoutingRuleInput.MAX_POSITION) Integer position) {

    /** The highest position a rule may take. */
    static final int MAX_POSITION = 1_000_000;

    /** Trims the codes and the organization. */
    public RoutingRuleInput {
        topic = Inputs.given(Inputs.stripped(topic)).orElse(null);
        region = Inputs.given(Inputs.stripped(region)).orElse(null);
        organizationId = Inputs.stripped(organizationId);
    }
}
