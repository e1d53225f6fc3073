package jp.innovationnet.portal.plugins.liaison.rest;

import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityKind;

/**
 * What to follow (the body of {@code POST /follows}): one opportunity, or a search by kind, field and country.
 *
 * @param opportunityId the opportunity; null for a search
 * @param kind          {@link OpportunityKind}'s code; null for any
 * @param field         {@link ActivityField}'s code; null for any
 * @param country       an ISO 3166-1 alpha-2 code; null for any
 */
public record FollowInput(Long opportunityId, @CodeOf(OpportunityKind.class) String kind,
                          @CodeOf(ActivityField.class) String field, @Size(max = 2) String country) {
}
