package jp.innovationnet.portal.plugins.inquiries.routingrule;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * Picks where an inquiry should go: among the rules that match its topic and region, those of the most specific
 * kind (topic and region, else topic only, else region only), their organizations in position order, each once.
 */
public final class RoutingSuggestion {

    private RoutingSuggestion() {
    }

    /**
     * @param rules  all rules
     * @param topic  the inquiry's topic
     * @param region the inquiry's region, or null when it has none
     * @return the suggested organizations' aliases; empty when no rule matches
     */
    public static List<String> organizations(List<RoutingRule> rules, Topic topic, Region region) {
        Objects.requireNonNull(topic, "topic");
        List<RoutingRule> matching = rules.stream().filter(rule -> matches(rule, topic, region)).toList();
        int best = matching.stream().mapToInt(RoutingSuggestion::specificity).max().orElse(0);
        return matching.stream()
                .filter(rule -> specificity(rule) == best)
                .sorted(Comparator.comparingInt(RoutingRule::position).thenComparing(RoutingRule::id,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(RoutingRule::organizationId)
                .distinct()
                .toList();
    }

    private static boolean matches(RoutingRule rule, Topic topic, Region region) {
        return rule.topic().map(topic::equals).orElse(true)
                && rule.region().map(r -> r == region).orElse(true);
    }

    /** Topic and region 3, topic 2, region 1. */
    private static int specificity(RoutingRule rule) {
        return (rule.topic().isPresent() ? 2 : 0) + (rule.region().isPresent() ? 1 : 0);
    }
}
