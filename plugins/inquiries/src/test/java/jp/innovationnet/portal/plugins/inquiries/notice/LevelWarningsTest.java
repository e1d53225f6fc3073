package jp.innovationnet.portal.plugins.inquiries.notice;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.calendar.JapaneseBusinessDays;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.DueDates;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.Targets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service-level warnings on H2 with a fixed clock: a case asked on Monday 15 June 2026 at 10:00 (first response due
 * Wednesday 17:00, resolution on 29 June) is warned of once when due soon and once when overdue, per target; the
 * assignee reads it in their language, the secretariat's inbox hears of cases nobody is assigned to, answered cases
 * are left alone.
 */
class LevelWarningsTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(new JapaneseBusinessDays(), Targets.DEFAULT);
    private static final Instant ASKED = tokyo("2026-06-15T10:00");
    private static final Person ADA = new Person("u-ada", "ada", "Ada Lovelace", "ada@tama.example", Locale.ENGLISH,
            Set.of("member-staff"));
    private static EntityManagerFactory factory;

    private final List<Notifications.Message> secretariat = new ArrayList<>();
    private final Notices notices = new Notices((recipient, message) -> {
        assertThat(recipient).isEqualTo(Notifications.Recipient.role("secretariat"));
        secretariat.add(message);
    }, path -> URI.create("https://portal.example" + path));

    @BeforeAll
    static void database() throws Exception {
        factory = TestDatabase.migrated("inquiries-level-warnings");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void eachTargetIsWarnedOfOnceWhenDueSoonAndOnceWhenOverdue() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Inquiry assigned = inquiry(em);
        Inquiry unassigned = inquiry(em);
        Inquiry answered = inquiry(em);
        Referrals referrals = new Referrals(em);
        Referral tama = referrals.route(assigned, List.of("tama"), Optional.empty(), "u-sec", Optional.empty(), ASKED)
                .getFirst();
        referrals.assign(tama, Optional.of("u-ada"), Optional.of("Ada Lovelace"), ASKED);
        answered.replied(ASKED.plusSeconds(3600));
        em.getTransaction().commit();

        assertThat(run(em, "2026-06-16T16:59")).as("on time: nothing").isEmpty();
        assertThat(run(em, "2026-06-16T17:00")).as("first response due soon")
                .containsExactly("ada@tama.example:The first response is due soon (" + assigned.reference() + ")");
        assertThat(secretariat).singleElement().satisfies(m -> assertThat(m.subjectJa())
                .isEqualTo("初回回答の期限が近づいています（" + unassigned.reference() + "）"));
        assertThat(run(em, "2026-06-17T12:00")).as("already warned").isEmpty();
        assertThat(run(em, "2026-06-17T17:01")).as("first response overdue")
                .containsExactly("ada@tama.example:The first response is overdue (" + assigned.reference() + ")");
        assertThat(run(em, "2026-06-26T17:00")).as("resolution due soon (the first response stays overdue)")
                .containsExactly("ada@tama.example:The resolution is due soon (" + assigned.reference() + ")");
        assertThat(run(em, "2026-06-30T09:00"))
                .containsExactly("ada@tama.example:The resolution is overdue (" + assigned.reference() + ")");
        assertThat(run(em, "2026-07-30T09:00")).isEmpty();
        assertThat(secretariat).hasSize(4).noneMatch(m -> m.subjectEn().contains(answered.reference()));
        assertThat(pending(em)).allSatisfy(n -> assertThat(n.text())
                .contains("https://portal.example/p/inquiries/desk?ref=" + assigned.reference()));
        em.close();
    }

    /** @return the mails the task queued at a Tokyo time, as "recipient:subject" */
    private List<String> run(EntityManager em, String tokyoTime) {
        List<String> before = pending(em).stream().map(Notice::key).toList();
        Clock clock = Clock.fixed(tokyo(tokyoTime), ZoneOffset.UTC);
        em.getTransaction().begin();
        new LevelWarnings(LEVELS, clock, notices, userId -> Optional.ofNullable(Map.of("u-ada", ADA).get(userId)))
                .run(em);
        em.getTransaction().commit();
        return pending(em).stream().filter(n -> !before.contains(n.key()))
                .map(n -> n.recipient() + ":" + n.subject()).toList();
    }

    private static List<Notice> pending(EntityManager em) {
        em.clear();
        return em.createQuery("SELECT n FROM Notice n WHERE n.sentAt IS NULL ORDER BY n.id", Notice.class)
                .getResultList();
    }

    private static Inquiry inquiry(EntityManager em) {
        Inquiry inquiry = new Inquiry(ReferenceNumbers.next(ASKED, r -> false), Topic.STARTUP, Region.KYUSHU,
                Language.JA, "Subject", new Asker(Optional.empty(), "Asker", "asker@example.com", Optional.empty()),
                SecretTokens.hash(SecretTokens.generate()), ASKED);
        DueDates due = LEVELS.dueDates(ASKED);
        inquiry.due(due.firstResponse(), due.resolution());
        em.persist(inquiry);
        em.flush();
        return inquiry;
    }

    private static Instant tokyo(String localTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localTime), BusinessDays.ZONE).toInstant();
    }
}
