package jp.innovationnet.portal.plugins.liaison.rest;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugins.liaison.follow.Follow;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;

/**
 * A follow as its follower reads it.
 *
 * @param id            its id
 * @param opportunityId the opportunity followed
 * @param summary       its summary in the follower's language
 * @param kind          the kind searched
 * @param field         the field searched
 * @param country       the country searched
 */
public record FollowView(long id, Long opportunityId, String summary, Label kind, Label field, Label country) {

    static FollowView of(Follow follow, Opportunity opportunity, Locale locale) {
        return new FollowView(follow.id(), follow.opportunityId(),
                opportunity == null ? null : opportunity.content().summary().in(locale),
                Label.of(follow.kind(), locale), Label.of(follow.field(), locale),
                follow.country() == null ? null : Countries.label(follow.country(), locale));
    }
}
