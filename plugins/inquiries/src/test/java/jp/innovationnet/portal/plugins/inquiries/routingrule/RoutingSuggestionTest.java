package jp.innovationnet.portal.plugins.inquiries.routingrule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** The most specific matching rules win: topic and region, then topic, then region. */
class RoutingSuggestionTest {

    private static final List<RoutingRule> RULES = List.of(
            rule(Topic.TECHNOLOGY, null, "aist", 10),
            rule(Topic.TECHNOLOGY, Region.CHUBU, "hamamatsu-technopolis", 30),
            rule(Topic.TECHNOLOGY, Region.CHUBU, "tama", 20),
            rule(null, Region.CHUBU, "chubu-centre", 5),
            rule(null, Region.HOKKAIDO, "hokkaido-centre", 5),
            rule(Topic.STARTUP, null, "smrj", 40),
            rule(Topic.STARTUP, null, "jilc", 50),
            rule(Topic.STARTUP, null, "smrj", 60));

    @Test
    void topicAndRegionBeatTopicWhichBeatsRegion() {
        assertThat(RoutingSuggestion.organizations(RULES, Topic.TECHNOLOGY, Region.CHUBU))
                .containsExactly("tama", "hamamatsu-technopolis");
        assertThat(RoutingSuggestion.organizations(RULES, Topic.TECHNOLOGY, Region.KANTO)).containsExactly("aist");
        assertThat(RoutingSuggestion.organizations(RULES, Topic.TECHNOLOGY, null)).containsExactly("aist");
        assertThat(RoutingSuggestion.organizations(RULES, Topic.POLICY, Region.HOKKAIDO))
                .containsExactly("hokkaido-centre");
    }

    @Test
    void organizationsComeInPositionOrderOnce() {
        assertThat(RoutingSuggestion.organizations(RULES, Topic.STARTUP, Region.CHUBU)).containsExactly("smrj", "jilc");
    }

    @Test
    void noMatchingRuleSuggestsNobody() {
        assertThat(RoutingSuggestion.organizations(RULES, Topic.POLICY, Region.KANTO)).isEmpty();
        assertThat(RoutingSuggestion.organizations(List.of(), Topic.OTHER, null)).isEmpty();
    }

    @Test
    void aRuleNamesATopicOrARegion() {
        assertThatThrownBy(() -> new RuleDraft(null, null, "aist", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RoutingRule rule(Topic topic, Region region, String organization, int position) {
        return new RoutingRule(new RuleDraft(topic, region, organization, position));
    }
}
