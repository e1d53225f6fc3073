package jp.innovationnet.portal.plugins.inquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.inquiries.canned.CannedReplies;
import jp.innovationnet.portal.plugins.inquiries.canned.ReplyDraft;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRule;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRules;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RuleDraft;

/**
 * The routing rules and canned replies against a real database with the plugin's migration: the seeded rules send
 * each topic to its steering agency, rules the secretariat adds take precedence by specificity, replies filter by
 * topic.
 */
class LevelsStoreTest {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrate() throws Exception {
        factory = TestDatabase.migrated("inquiries-levels");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theSeededRulesSendEveryTopicToItsSteeringAgency() {
        inTransaction(em -> {
            RoutingRules rules = new RoutingRules(em);
            assertThat(rules.suggest(Topic.TECHNOLOGY, Region.TOHOKU)).containsExactly("aist");
            assertThat(rules.suggest(Topic.IP_LICENSING, null)).containsExactly("aist");
            assertThat(rules.suggest(Topic.RD_FUNDING, Region.KANTO)).containsExactly("jst");
            assertThat(rules.suggest(Topic.STARTUP, Region.KYUSHU)).containsExactly("smrj");
            assertThat(rules.suggest(Topic.OVERSEAS, Region.OVERSEAS)).containsExactly("jetro");
            for (Topic topic : new Topic[] {Topic.POLICY, Topic.PARTNER_SEARCH, Topic.OTHER}) {
                assertThat(rules.suggest(topic, Region.CHUBU)).containsExactly("jilc");
            }
            em.getTransaction().rollback();
        });
    }

    @Test
    void aRuleForTopicAndRegionWinsOverTheTopicsRule() {
        inTransaction(em -> {
            RoutingRules rules = new RoutingRules(em);
            RoutingRule chubu = rules.add(new RuleDraft(Topic.TECHNOLOGY, Region.CHUBU, "hamamatsu-technopolis", 5));
            rules.add(new RuleDraft(null, Region.CHUBU, "tama", 1));
            em.clear();
            assertThat(rules.suggest(Topic.TECHNOLOGY, Region.CHUBU)).containsExactly("hamamatsu-technopolis");
            assertThat(rules.suggest(Topic.TECHNOLOGY, Region.KANTO)).containsExactly("aist");
            assertThat(rules.suggest(Topic.STARTUP, Region.CHUBU)).containsExactly("smrj");
            assertThat(rules.duplicates(chubu.draft(), null)).isTrue();
            assertThat(rules.duplicates(chubu.draft(), chubu.id())).isFalse();
            em.getTransaction().rollback();
        });
    }

    @Test
    void theDatabaseRefusesARuleWithNeitherTopicNorRegion() throws Exception {
        try (Connection connection = TestDatabase.connect("inquiries-levels"); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("INSERT INTO inquiries_routing_rule (organization_id, position)"
                    + " VALUES ('tama', 1)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void cannedRepliesOfATopicComeWithThoseForAnyTopic() {
        inTransaction(em -> {
            CannedReplies replies = new CannedReplies(em);
            Instant now = Instant.parse("2026-12-01T00:00:00Z");
            replies.add(new ReplyDraft("受付", "Received", "お問い合わせを受け付けました。", "We received it.", null), now);
            replies.add(new ReplyDraft("海外", "Overseas", "JETRO をご紹介します。", "See JETRO.", Topic.OVERSEAS), now);
            replies.add(new ReplyDraft("資金", "Funding", "JST の公募をご覧ください。", "See JST's calls.", Topic.RD_FUNDING),
                    now);
            em.clear();
            assertThat(replies.list(Topic.OVERSEAS)).extracting(r -> r.draft().titleEn())
                    .containsExactly("Received", "Overseas");
            assertThat(replies.list(null)).hasSize(3);
            assertThat(replies.list(Topic.OVERSEAS).get(1).draft().textJa()).isEqualTo("JETRO をご紹介します。");
            em.getTransaction().rollback();
        });
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
