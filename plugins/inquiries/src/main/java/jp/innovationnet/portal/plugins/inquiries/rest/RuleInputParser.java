package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RuleDraft;

/** Checks a routing rule as written against the closed lists and the registry, naming every field at fault. */
final class RuleInputParser {

    /** The highest position a rule may take. */
    static final int MAX_POSITION = 1_000_000;

    private final MemberDirectory directory;

    /** @param directory the registry of organizations */
    RuleInputParser(MemberDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param input           the rule as written
     * @param defaultPosition the position when the input gives none
     * @param locale          the reader's language
     * @return the checked rule
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 400 naming every field at fault
     */
    RuleDraft parse(RoutingRuleInput input, int defaultPosition, Locale locale) {
        InputErrors errors = new InputErrors(locale);
        Topic topic = errors.optionalCode("topic", Topic.values(), input.topic());
        Region region = errors.optionalCode("region", Region.values(), input.region());
        if (blank(input.topic()) && blank(input.region())) {
            errors.add("topic", InputMessage.TOPIC_OR_REGION);
        }
        String organizationId = input.organizationId() == null ? "" : input.organizationId().strip();
        if (organizationId.isEmpty()) {
            errors.add("organizationId", InputMessage.REQUIRED);
        } else if (!directory.find(organizationId).filter(OrganizationSummary::active).isPresent()) {
            errors.add("organizationId", InputMessage.UNKNOWN_ORGANIZATION);
        }
        int position = input.position() == null ? defaultPosition : input.position();
        if (position < 0 || position > MAX_POSITION) {
            errors.add("position", InputMessage.OUT_OF_RANGE, 0, MAX_POSITION);
        }
        errors.throwIfAny();
        return new RuleDraft(topic, region, organizationId, position);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
