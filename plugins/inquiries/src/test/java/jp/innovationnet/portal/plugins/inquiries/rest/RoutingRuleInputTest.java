package jp.innovationnet.portal.plugins.inquiries.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RuleDraft;

/** Routing rules as written: every field at fault is named, in the reader's language. */
class RoutingRuleInputTest {

    private static final Map<String, OrganizationSummary> REGISTRY = Map.of(
            "aist", new OrganizationSummary("aist", "産業技術総合研究所", "AIST", "steering-agency", "Ibaraki", "Kanto", true),
            "gone", new OrganizationSummary("gone", "退会済み", "Gone", "member", "Aichi", "Chubu", false));
    private static final MemberDirectory DIRECTORY = new MemberDirectory() {
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
    };

    @Test
    void readsAGoodRule() {
        RoutingRuleInput input = new RoutingRuleInput(" technology ", "Chubu", "aist", 15);
        assertThat(Constraints.violated(input)).isEmpty();
        assertThat(RoutingRuleRoutes.draft(input, 90, DIRECTORY, Locale.ENGLISH))
                .isEqualTo(new RuleDraft(Topic.TECHNOLOGY, Region.CHUBU, "aist", 15));
        assertThat(RoutingRuleRoutes.draft(new RoutingRuleInput("", "Kanto", " aist ", null), 90, DIRECTORY,
                Locale.ENGLISH)).isEqualTo(new RuleDraft(null, Region.KANTO, "aist", 90));
    }

    @Test
    void namesUnknownTopicRegionAndOrganization() {
        assertThat(Constraints.violated(new RoutingRuleInput("cooking", "Narnia", " ", -1)))
                .containsExactlyInAnyOrder("topic", "region", "organizationId", "position");
        assertThat(Constraints.violated(new RoutingRuleInput(null, "Kanto", "aist", 1_000_001)))
                .containsExactly("position");
        assertThat(refused(new RoutingRuleInput("other", null, "nobody", 1), Locale.ENGLISH).fieldErrors())
                .containsOnlyKeys("organizationId");
    }

    @Test
    void refusesInactiveOrganizationsAndRulesWithoutScope() {
        ProblemException problem = refused(new RoutingRuleInput(" ", null, "gone", 1), Locale.JAPANESE);
        assertThat(problem.status()).isEqualTo(FieldErrors.STATUS);
        assertThat(problem.fieldErrors()).containsOnlyKeys("topic", "organizationId");
        assertThat(problem.fieldErrors().get("organizationId")).isEqualTo("ネットワークの有効な会員・機関ではありません");
    }

    private static ProblemException refused(RoutingRuleInput input, Locale locale) {
        return catchThrowableOfType(ProblemException.class, () -> RoutingRuleRoutes.draft(input, 10, DIRECTORY,
                locale));
    }
}
