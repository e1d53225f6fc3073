package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.calendar.JapaneseBusinessDays;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.DueDates;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.LevelState;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.Targets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's {@code sla=overdue|due-soon} narrowing, done in the query, agrees with {@link ServiceLevels#state} judged
 * in Java for every case at many moments around Golden Week 2026 (H2 in PostgreSQL mode through EclipseLink): cases
 * answered in time, late, closed without a reply, reopened, and never touched.
 */
class AtRiskQueueTest {

    private static final ServiceLevels LEVELS = new ServiceLevels(new JapaneseBusinessDays(), Targets.DEFAULT);
    private static final Viewer SECRETARIAT = new Viewer("u-sec", Set.of("secretariat"), Optional.of("jilc"));
    private static EntityManagerFactory factory;
    private static final List<Inquiry> ALL = new ArrayList<>();

    @BeforeAll
    static void seed() throws Exception {
        factory = TestDatabase.migrated("inquiries-at-risk");
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Instant start = tokyo("2026-04-27T09:00");
        for (int n = 0; n < 24; n++) {
            Instant at = start.plus(Duration.ofHours(13L * n));
            Inquiry inquiry = new Inquiry(ReferenceNumbers.next(at, r -> false), Topic.values()[n % 8],
                    Region.values()[n % 10], Language.JA, "件名 " + n,
                    new Asker(Optional.empty(), "Asker", "a@example.jp", Optional.empty()),
                    SecretTokens.hash(SecretTokens.generate()), at);
            DueDates due = LEVELS.dueDates(at);
            inquiry.due(due.firstResponse(), due.resolution());
            switch (n % 5) {
                case 1 -> inquiry.replied(at.plus(Duration.ofHours(20)));
                case 2 -> inquiry.replied(at.plus(Duration.ofDays(6)));
                case 3 -> inquiry.close(at.plus(Duration.ofDays(1)));
                case 4 -> {
                    inquiry.replied(at.plus(Duration.ofDays(1)));
                    inquiry.reopen(InquiryStatus.NEW, at.plus(Duration.ofDays(2)));
                }
                default -> { }
            }
            em.persist(inquiry);
            ALL.add(inquiry);
        }
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theQueryFindsExactlyTheCasesJavaJudgesOverdueOrDueSoon() {
        List<Instant> moments = Stream.iterate(tokyo("2026-04-27T08:00"), t -> t.isBefore(tokyo("2026-06-05T00:00")),
                t -> t.plus(Duration.ofHours(7))).toList();
        int overdueSeen = 0;
        int dueSoonSeen = 0;
        for (Instant now : moments) {
            List<String> overdue = judged(now, true);
            List<String> dueSoon = judged(now, false);
            assertThat(queue(new AtRisk(true, now, LEVELS.dueSoonUntil(now)))).as("overdue at " + now)
                    .containsExactlyInAnyOrderElementsOf(overdue);
            assertThat(queue(new AtRisk(false, now, LEVELS.dueSoonUntil(now)))).as("due soon at " + now)
                    .containsExactlyInAnyOrderElementsOf(dueSoon);
            overdueSeen += overdue.size();
            dueSoonSeen += dueSoon.size();
        }
        assertThat(overdueSeen).as("the seed reaches both states").isPositive();
        assertThat(dueSoonSeen).isPositive();
    }

    @Test
    void aDueTimeIsWithinTheWarningExactlyUntilTheThresholdOfItsMoment() {
        Instant due = tokyo("2026-05-07T17:00");
        for (Instant now = tokyo("2026-04-28T00:00"); now.isBefore(due); now = now.plus(Duration.ofMinutes(30))) {
            boolean soon = LEVELS.state(due, null, now) == LevelState.DUE_SOON;
            assertThat(!due.isAfter(LEVELS.dueSoonUntil(now))).as("at " + now).isEqualTo(soon);
        }
        assertThat(LEVELS.dueSoonUntil(tokyo("2026-05-01T17:00"))).isEqualTo(due);
        assertThat(LEVELS.dueSoonUntil(tokyo("2026-05-01T16:59"))).isEqualTo(tokyo("2026-05-01T17:00"));
    }

    /** @return the references Java judges overdue (a pending target past due), or due soon (none overdue) */
    private static List<String> judged(Instant now, boolean overdue) {
        return ALL.stream().filter(i -> {
            LevelState first = LEVELS.state(i.firstResponseDue().orElseThrow(),
                    i.firstResponseAt().or(i::resolvedAt).orElse(null), now);
            LevelState resolution = LEVELS.state(i.resolutionDue().orElseThrow(), i.resolvedAt().orElse(null), now);
            boolean late = first == LevelState.OVERDUE || resolution == LevelState.OVERDUE;
            return overdue ? late
                    : !late && (first == LevelState.DUE_SOON || resolution == LevelState.DUE_SOON);
        }).map(Inquiry::reference).toList();
    }

    private static List<String> queue(AtRisk risk) {
        EntityManager em = factory.createEntityManager();
        try {
            return new InquirySearch(em).queue(SECRETARIAT, QueueFilter.all().withPage(0, 100).atRisk(risk)).items()
                    .stream().map(Inquiry::reference).toList();
        } finally {
            em.close();
        }
    }

    private static Instant tokyo(String localTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localTime), BusinessDays.ZONE).toInstant();
    }
}
