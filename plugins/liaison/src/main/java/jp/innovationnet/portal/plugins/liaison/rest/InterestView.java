package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugins.liaison.interest.Interest;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;

/**
 * An expression of interest as its author and the opportunity's intermediary read it (nobody else does), with the
 * opportunity's summary, never its company.
 *
 * @param id            its id
 * @param opportunityId the opportunity
 * @param summary       the opportunity's summary in the reader's language
 * @param authorName    who expressed it
 * @param organization  the organization they act for, if any
 * @param who           who is interested
 * @param capability    which capability they bring
 * @param why           why
 * @param status        where it is
 * @param agreement     the agreement's kind once agreed
 * @param note          the intermediary's note on the last step
 * @param createdAt     when it was expressed
 * @param steps         the steps the reader may take now (the intermediary's)
 */
public record InterestView(long id, long opportunityId, String summary, String authorName, String organization,
                           String who, String capability, String why, Label status, Label agreement, String note,
                           Instant createdAt, List<Label> steps) {

    static InterestView of(Interest interest, Opportunity opportunity, boolean intermediary, Locale locale) {
        return new InterestView(interest.id(), opportunity.id(), opportunity.content().summary().in(locale),
                interest.authorName(), interest.organizationId(), interest.content().who(),
                interest.content().capability(), interest.content().why(), Label.of(interest.status(), locale),
                Label.of(interest.agreement(), locale), interest.note(), interest.createdAt(),
                intermediary ? interest.status().next().stream().map(s -> Label.of(s, locale)).toList()
                        : List.of());
    }
}
