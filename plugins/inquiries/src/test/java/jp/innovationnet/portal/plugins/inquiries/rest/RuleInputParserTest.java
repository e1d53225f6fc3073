package jp.innovationnet.portal.plugins.inquiries.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RuleDraft;

/** Routing rules as written: every field at fault is named, in the reader's language. */
class RuleInputParserTest {

    private static final Map<String, OrganizationSummary> REGISTRY = Map.of(
            "aist", new OrganizationSummary("aist", "産業技術総合研究所", "AIST", "steering-agency", "Ibaraki", "Kanto", true),
            "gone", new OrganizationSummary("gone", "退会済み", "Gone", "member", "Aichi", "Chubu", false));
    private static final RuleInputParser PARSER = new RuleInputParser(new MemberDirectory() {
        @Override
        public Optional<OrganizationSummary> find(String organizationId) {
            return Optional.ofNullable(REGISTRY.get(organizationId));
        }

        @Override
        public List<OrganizationSummary> activeInRegion(Optional<String> region) {
            return List.of();
        }

        @Override
        public List<Person> people(String organizationId) {
            return List.of();
        }

        @Override
        public Optional<Person> person(String userId) {
            return Optional.empty();
        }
    });

    @Test
    void readsAGoodRule() {
        assertThat(PARSER.parse(new RoutingRuleInput(" technology ", "Chubu", "aist", 15), 90, Locale.ENGLISH))
                .isEqualTo(new RuleDraft(Topic.TECHNOLOGY, Region.CHUBU, "aist", 15));
        assertThat(PARSER.parse(new RoutingRuleInput(null, "Kanto", "aist", null), 90, Locale.ENGLISH))
                .isEqualTo(new RuleDraft(null, Region.KANTO, "aist", 90));
    }

    @Test
    void namesUnknownTopicRegionAndOrganization() {
        ProblemException problem = refused(new RoutingRuleInput("cooking", "Narnia", "nobody", -1), Locale.ENGLISH);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsOnlyKeys("topic", "region", "organizationId", "position");
        assertThat(problem.fieldErrors().get("topic")).contains("technology", "rd-funding");
        assertThat(problem.fieldErrors().get("region")).contains("Hokkaido", "Overseas");
    }

    @Test
    void refusesInactiveOrganizationsAndRulesWithoutScope() {
        ProblemException problem = refused(new RoutingRuleInput(" ", null, "gone", 1), Locale.JAPANESE);
        assertThat(problem.fieldErrors()).containsOnlyKeys("topic", "organizationId");
        assertThat(problem.fieldErrors().get("organizationId")).isEqualTo("ネットワークの有効な会員・機関ではありません");
        assertThat(refused(new RoutingRuleInput("other", null, null, 1), Locale.ENGLISH).fieldErrors())
                .containsOnlyKeys("organizationId");
    }

    private static ProblemException refused(RoutingRuleInput input, Locale locale) {
        return catchThrowableOfType(ProblemException.class, () -> PARSER.parse(input, 10, locale));
    }
}
