package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.DueDates;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.LevelState;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.Targets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's statistics (H2 in PostgreSQL mode, or PostgreSQL with {@code -Dinquiries.test.db.url}) agree with
 * the same figures computed in Java over the seeded inquiries: 150 cases around Golden Week and the year's end,
 * replied to early, late, closed without a reply, reopened or untouched, routed to one or two organizations, some
 * outside the period.
 */
class StatisticsQueriesTest {

    private static final ZoneId TOKYO = BusinessDays.ZONE;
    private static final BusinessDays CALENDAR = new JapaneseBusinessDays();
    private static final ServiceLevels LEVELS = new ServiceLevels(CALENDAR, Targets.DEFAULT);
    private static final LocalDate FROM = LocalDate.parse("2026-04-01");
    private static final LocalDate TO = LocalDate.parse("2027-01-15");
    private static final Instant NOW = tokyo("2027-01-10T12:00");
    private static final String[] ORGANIZATIONS = {"aist", "jst", "smrj", "jetro", "jilc"};
    private static EntityManagerFactory factory;
    private static final List<Inquiry> ALL = new ArrayList<>();
    private static final Map<Long, List<String>> ROUTED = new java.util.HashMap<>();

    @BeforeAll
    static void seed() throws Exception {
        factory = TestDatabase.migrated("inquiries-statistics");
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Instant start = tokyo("2026-03-25T08:30");
        for (int n = 0; n < 150; n++) {
            Instant at = start.plus(Duration.ofMinutes(2_311L * n));
            Inquiry inquiry = new Inquiry(ReferenceNumbers.next(at, r -> false), Topic.values()[n % 7],
                    Region.values()[(n * 3) % 10], Language.JA, "件名 " + n,
                    new Asker(Optional.empty(), "Asker", "a@example.jp", Optional.empty()),
                    SecretTokens.hash(SecretTokens.generate()), at);
            DueDates due = LEVELS.dueDates(at);
            inquiry.due(due.firstResponse(), due.resolution());
            em.persist(inquiry);
            em.flush();
            List<String> to = n % 4 == 0 ? List.of() : n % 4 == 1 ? List.of(ORGANIZATIONS[n % 5])
                    : List.of(ORGANIZATIONS[n % 5], ORGANIZATIONS[(n + 2) % 5]);
            if (!to.isEmpty()) {
                new Referrals(em).route(inquiry, to, Optional.empty(), "u-sec", Optional.empty(), at.plusSeconds(60));
            }
            ROUTED.put(inquiry.id(), to);
            Instant later = at.plus(Duration.ofMinutes(97L * (n % 23) * (n % 5 + 1)));
            if (!later.isAfter(NOW)) {
                switch (n % 6) {
                    case 1, 2 -> inquiry.replied(later);
                    case 3 -> inquiry.close(later);
                    case 4 -> {
                        inquiry.replied(later);
                        inquiry.reopen(InquiryStatus.NEW, later.plus(Duration.ofHours(3)));
                    }
                    case 5 -> {
                        inquiry.replied(later);
                        inquiry.close(later.plus(Duration.ofDays(n % 9)));
                    }
                    default -> { }
                }
            }
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
    void countsAgreeWithJava() {
        DeskStatistics statistics = computed();
        List<Inquiry> in = inPeriod();
        assertThat(in).hasSizeBetween(100, 149);
        assertThat(statistics.total()).isEqualTo(in.size());
        assertThat(map(statistics.byTopic())).isEqualTo(count(in, i -> i.topic().code(),
                java.util.Arrays.stream(Topic.values()).map(Topic::code).toList()));
        assertThat(map(statistics.byRegion())).isEqualTo(count(in, i -> i.region().code(),
                java.util.Arrays.stream(Region.values()).map(Region::code).toList()));
        Map<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(FROM); !m.isAfter(YearMonth.from(TO)); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        in.forEach(i -> months.merge(YearMonth.from(i.createdAt().atZone(TOKYO)), 1L, Long::sum));
        assertThat(statistics.byMonth()).extracting(DeskStatistics.Count::key).containsExactlyElementsOf(months.keySet());
        assertThat(map(statistics.byMonth())).isEqualTo(months);
        Map<String, Long> receivers = in.stream().flatMap(i -> ROUTED.get(i.id()).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(map(statistics.byReceiver())).isEqualTo(receivers);
        assertThat(statistics.byReceiver()).extracting(DeskStatistics.Count::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void durationsAgreeWithJava() {
        DeskStatistics statistics = computed();
        assertDurations(statistics.firstResponse(), i -> i.firstResponseAt());
        assertDurations(statistics.resolution(), i -> i.resolvedAt());
        assertThat(statistics.firstResponse().count()).isGreaterThan(statistics.resolution().count() / 2);
    }

    @Test
    void complianceAgreesWithTheServiceLevelsJudgedInJava() {
        DeskStatistics statistics = computed();
        assertThat(statistics.firstResponseLevel()).isEqualTo(judged(Inquiry::firstResponseDue,
                Inquiry::firstResponseAt));
        assertThat(statistics.resolutionLevel()).isEqualTo(judged(Inquiry::resolutionDue, Inquiry::resolvedAt));
        Compliance level = statistics.firstResponseLevel();
        assertThat(level.met()).isPositive();
        assertThat(level.missed() + level.overdue()).isPositive();
        assertThat(level.metPercent()).contains(100.0 * level.met() / (level.met() + level.missed() + level.overdue()));
    }

    @Test
    void anEmptyPeriodHasZerosAndNoPercentiles() {
        EntityManager em = factory.createEntityManager();
        try {
            DeskStatistics empty = new StatisticsQueries(em, CALENDAR).between(LocalDate.parse("2020-01-01"),
                    LocalDate.parse("2020-02-29"), NOW);
            assertThat(empty.total()).isZero();
            assertThat(empty.byMonth()).hasSize(2).allMatch(c -> c.count() == 0);
            assertThat(empty.byReceiver()).isEmpty();
            assertThat(empty.firstResponse()).isEqualTo(new Durations(0, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            assertThat(empty.resolutionLevel()).isEqualTo(new Compliance(0, 0, 0, 0));
            assertThat(empty.resolutionLevel().metPercent()).isEmpty();
        } finally {
            em.close();
        }
    }

    private static void assertDurations(Durations durations, Function<Inquiry, Optional<Instant>> done) {
        List<Inquiry> measured = inPeriod().stream().filter(i -> done.apply(i).isPresent()).toList();
        TreeMap<Long, Long> seconds = new TreeMap<>();
        TreeMap<Integer, Long> days = new TreeMap<>();
        for (Inquiry i : measured) {
            Instant at = done.apply(i).orElseThrow();
            seconds.merge(Duration.between(i.createdAt(), at).toSeconds(), 1L, Long::sum);
            days.merge(CALENDAR.businessDaysBetween(i.createdAt().atZone(TOKYO).toLocalDate(),
                    at.atZone(TOKYO).toLocalDate()), 1L, Long::sum);
        }
        assertThat(measured).hasSizeGreaterThan(20);
        assertThat(durations.count()).isEqualTo(measured.size());
        assertThat(durations.medianHours().orElseThrow())
                .isCloseTo(Percentile.of(seconds, 50).orElseThrow() / 3600.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(durations.p90Hours().orElseThrow())
                .isCloseTo(Percentile.of(seconds, 90).orElseThrow() / 3600.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(durations.medianBusinessDays()).isEqualTo(Percentile.of(days, 50));
        assertThat(durations.p90BusinessDays()).isEqualTo(Percentile.of(days, 90));
        assertThat(durations.p90Hours().orElseThrow()).isGreaterThan(durations.medianHours().orElseThrow());
    }

    private static Compliance judged(Function<Inquiry, Optional<Instant>> due,
                                     Function<Inquiry, Optional<Instant>> done) {
        Map<LevelState, Long> states = inPeriod().stream().collect(Collectors.groupingBy(
                i -> LEVELS.state(due.apply(i).orElseThrow(), done.apply(i).orElse(null), NOW),
                Collectors.counting()));
        return new Compliance(states.getOrDefault(LevelState.MET, 0L), states.getOrDefault(LevelState.MISSED, 0L),
                states.getOrDefault(LevelState.OVERDUE, 0L), states.getOrDefault(LevelState.ON_TIME, 0L)
                + states.getOrDefault(LevelState.DUE_SOON, 0L));
    }

    private static DeskStatistics computed() {
        EntityManager em = factory.createEntityManager();
        try {
            return new StatisticsQueries(em, CALENDAR).between(FROM, TO, NOW);
        } finally {
            em.close();
        }
    }

    private static List<Inquiry> inPeriod() {
        Instant start = FROM.atStartOfDay(TOKYO).toInstant();
        Instant end = TO.plusDays(1).atStartOfDay(TOKYO).toInstant();
        return ALL.stream().filter(i -> !i.createdAt().isBefore(start) && i.createdAt().isBefore(end)).toList();
    }

    private static <K> Map<K, Long> map(List<DeskStatistics.Count<K>> counts) {
        return counts.stream().collect(Collectors.toMap(DeskStatistics.Count::key, DeskStatistics.Count::count));
    }

    private static Map<String, Long> count(List<Inquiry> in, Function<Inquiry, String> key, List<String> every) {
        Map<String, Long> counts = every.stream().collect(Collectors.toMap(Function.identity(), k -> 0L));
        in.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
        return counts;
    }

    private static Instant tokyo(String local) {
        return LocalDateTime.parse(local).atZone(TOKYO).toInstant();
    }
}
