package jp.innovationnet.portal.plugins.inquiries.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquirySearch;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;
import jp.innovationnet.portal.plugins.inquiries.inquiry.QueueFilter;
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confidentiality against a real database (the plugin's migration, EclipseLink, H2 in PostgreSQL mode): for every
 * viewer the queue holds exactly the inquiries {@link Standing#of} lets them work, newest first, page by page, and
 * what they narrow it to; an asker's own list holds only theirs ({@link TestDatabase}: H2 or PostgreSQL).
 */
class InquirySearchTest {

    private static final Instant START = Instant.parse("2026-11-02T01:00:00Z");
    /** Where the seeded inquiries are routed, in turn; the last ones nowhere. */
    private static final List<List<String>> ROUTES = List.of(List.of("tama"), List.of("tama", "jst"),
            List.of("hamamatsu-technopolis"), List.of("jst"), List.of());
    private static final Map<String, Viewer> VIEWERS = Map.of(
            "secretariat", new Viewer("u-sec", Set.of("secretariat"), Optional.of("jilc")),
            "tama staff", new Viewer("u-tama", Set.of("member-staff"), Optional.of("tama")),
            "tama admin", new Viewer("u-tama-admin", Set.of("member-admin", "member-staff"), Optional.of("tama")),
            "hamamatsu coordinator", new Viewer("u-hama", Set.of("coordinator", "member-staff"),
                    Optional.of("hamamatsu-technopolis")),
            "agency", new Viewer("u-jst", Set.of("steering-agency"), Optional.of("jst")),
            "member nobody routed to", new Viewer("u-other", Set.of("member-staff"), Optional.of("kyoto")),
            "overseas partner naming an organization", new Viewer("u-o", Set.of("overseas-partner"),
                    Optional.of("tama")),
            "asker without a role", new Viewer("asker-1", Set.of(), Optional.empty()));

    private static EntityManagerFactory factory;
    private static final List<Inquiry> ALL = new ArrayList<>();
    private static final Map<Long, List<Referral>> REFERRALS = new HashMap<>();

    @BeforeAll
    static void seed() throws Exception {
        factory = TestDatabase.migrated("inquiries-search");
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Referrals referrals = new Referrals(em);
        for (int n = 0; n < 40; n++) {
            Instant at = START.plusSeconds(3600L * (n / 2));
            Asker asker = new Asker(n % 3 == 0 ? Optional.of("asker-" + n % 2) : Optional.empty(), "Asker " + n,
                    "a" + n + "@example.jp", Optional.empty());
            Inquiry inquiry = new Inquiry(ReferenceNumbers.next(at, r -> false), Topic.values()[n % 8],
                    Region.values()[n % 10], Language.values()[n % 2], "件名 Subject_" + n + (n == 7 ? " 特許%" : ""),
                    asker, SecretTokens.hash(SecretTokens.generate()), at);
            em.persist(inquiry);
            em.flush();
            List<String> route = ROUTES.get(n % ROUTES.size());
            if (!route.isEmpty()) {
                List<Referral> made = referrals.route(inquiry, route, Optional.of("note"), "u-sec", Optional.empty(), at);
                Referral first = made.getFirst();
                if (n % 4 == 1) {
                    referrals.handBack(inquiry, first, Optional.empty(), at);
                }
                if (n % 4 == 2) {
                    referrals.accept(inquiry, first, at);
                    referrals.assign(first, Optional.of("u-hama"), Optional.of("浜松"), at);
                }
            }
            em.flush();
            ALL.add(inquiry);
            REFERRALS.put(inquiry.id(), referrals.of(inquiry.id()));
        }
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void eachViewersQueueHoldsExactlyTheInquiriesTheyWorkNewestFirst() {
        VIEWERS.forEach((name, viewer) -> {
            List<String> expected = expected(viewer, i -> true);
            assertThat(queue(viewer, QueueFilter.all().withPage(0, 100))).as(name).isEqualTo(expected);
            if (viewer.secretariat() || viewer.roles().contains("member-staff") || name.equals("agency")) {
                if (!name.equals("member nobody routed to")) {
                    assertThat(expected).as(name).isNotEmpty();
                }
            }
        });
        assertThat(queue(VIEWERS.get("secretariat"), QueueFilter.all().withPage(0, 100))).hasSize(ALL.size());
        assertThat(queue(VIEWERS.get("member nobody routed to"), QueueFilter.all())).isEmpty();
        assertThat(queue(VIEWERS.get("overseas partner naming an organization"), QueueFilter.all())).isEmpty();
    }

    @Test
    void aHandedBackOrReferredInquiryStaysVisibleToItsReceiver() {
        Inquiry handedBack = ALL.get(21);
        assertThat(REFERRALS.get(handedBack.id())).filteredOn(r -> r.status() == ReferralStatus.HANDED_BACK)
                .singleElement().satisfies(r -> assertThat(r.organizationId()).isEqualTo("tama"));
        assertThat(queue(VIEWERS.get("tama staff"), QueueFilter.all().withPage(0, 100)))
                .contains(handedBack.reference());
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        Viewer tama = VIEWERS.get("tama staff");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; ; offset += 3) {
            List<String> page = queue(tama, QueueFilter.all().withPage(offset, 3));
            paged.addAll(page);
            if (page.size() < 3) {
                break;
            }
        }
        assertThat(paged).isEqualTo(expected(tama, i -> true));
        InquirySearch.Page page = search(em -> new InquirySearch(em).queue(tama, QueueFilter.all().withPage(0, 3)));
        assertThat(page.total()).isEqualTo(expected(tama, i -> true).size());
    }

    @Test
    void filtersNarrowWithinWhatTheViewerMaySee() {
        Viewer tama = VIEWERS.get("tama staff");
        Viewer secretariat = VIEWERS.get("secretariat");
        assertThat(queue(tama, filter(f -> new QueueFilter(Optional.of(InquiryStatus.IN_PROGRESS), f.topic(),
                f.region(), f.receiver(), f.assignedTo(), f.text(), 0, 100))))
                .isEqualTo(expected(tama, i -> i.status() == InquiryStatus.IN_PROGRESS)).isNotEmpty();
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), Optional.of(Topic.OVERSEAS), f.region(),
                f.receiver(), f.assignedTo(), f.text(), 0, 100))))
                .isEqualTo(expected(secretariat, i -> i.topic() == Topic.OVERSEAS)).isNotEmpty();
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(),
                Optional.of("jst"), f.assignedTo(), f.text(), 0, 100))))
                .isEqualTo(expected(VIEWERS.get("agency"), i -> true));
        assertThat(queue(tama, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(),
                Optional.of("hamamatsu-technopolis"), f.assignedTo(), f.text(), 0, 100))))
                .as("another receiver's filter reveals nothing").isEmpty();
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(), f.receiver(),
                Optional.of("u-hama"), f.text(), 0, 100))))
                .isEqualTo(expected(secretariat, i -> REFERRALS.get(i.id()).stream()
                        .anyMatch(r -> r.assigneeUserId().filter("u-hama"::equals).isPresent()))).isNotEmpty();
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(), f.receiver(),
                f.assignedTo(), Optional.of("subject_1"), 0, 100))))
                .hasSize(11);
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(), f.receiver(),
                f.assignedTo(), Optional.of("特許%"), 0, 100)))).containsExactly(ALL.get(7).reference());
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(), f.receiver(),
                f.assignedTo(), Optional.of("%"), 0, 100)))).as("% is a character, not a wildcard").hasSize(1);
        String reference = ALL.get(5).reference();
        assertThat(queue(secretariat, filter(f -> new QueueFilter(f.status(), f.topic(), f.region(), f.receiver(),
                f.assignedTo(), Optional.of(reference.toLowerCase(java.util.Locale.ROOT)), 0, 100))))
                .containsExactly(reference);
    }

    @Test
    void aPageOfTheQueueGetsEachInquirysReferralsInOneGo() {
        List<Inquiry> page = search(em -> new InquirySearch(em).queue(VIEWERS.get("secretariat"),
                filter(f -> f.withPage(0, 10)))).items();
        Map<Long, List<Referral>> found = search(em -> new Referrals(em)
                .ofAll(page.stream().map(Inquiry::id).toList()));
        for (Inquiry inquiry : page) {
            assertThat(found.getOrDefault(inquiry.id(), List.of())).as(inquiry.reference())
                    .map(Referral::id).containsExactlyElementsOf(REFERRALS.get(inquiry.id()).stream()
                            .map(Referral::id).toList());
        }
        assertThat(found.keySet()).as("unrouted inquiries have no entry").allMatch(id ->
                !REFERRALS.get(id).isEmpty());
        Map<Long, List<Referral>> none = search(em -> new Referrals(em).ofAll(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void anAskersOwnListHoldsOnlyWhatTheyAskedLoggedInInPages() {
        List<String> expected = ALL.stream().filter(i -> i.asker().userId().filter("asker-1"::equals).isPresent())
                .sorted(NEWEST_FIRST).map(Inquiry::reference).toList();
        InquirySearch.Page all = search(em -> new InquirySearch(em).askedBy("asker-1", 0, 100));
        assertThat(all.items().stream().map(Inquiry::reference).toList()).isEqualTo(expected).hasSizeGreaterThan(2);
        assertThat(all.total()).isEqualTo(expected.size());
        InquirySearch.Page second = search(em -> new InquirySearch(em).askedBy("asker-1", 1, 2));
        assertThat(second.items().stream().map(Inquiry::reference).toList()).isEqualTo(expected.subList(1, 3));
        assertThat(second.total()).isEqualTo(expected.size());
    }

    @Test
    void standingFollowsTheReferralsAndTheAsker() {
        Inquiry routedToTamaAndJst = ALL.get(1);
        List<Referral> referrals = REFERRALS.get(routedToTamaAndJst.id());
        assertThat(Standing.of(VIEWERS.get("secretariat"), routedToTamaAndJst, referrals)).isEqualTo(Standing.SECRETARIAT);
        assertThat(Standing.of(VIEWERS.get("tama staff"), routedToTamaAndJst, referrals)).isEqualTo(Standing.RECEIVER);
        assertThat(Standing.of(VIEWERS.get("agency"), routedToTamaAndJst, referrals)).isEqualTo(Standing.RECEIVER);
        assertThat(Standing.of(VIEWERS.get("hamamatsu coordinator"), routedToTamaAndJst, referrals))
                .isEqualTo(Standing.NONE);
        assertThat(Standing.of(VIEWERS.get("overseas partner naming an organization"), routedToTamaAndJst, referrals))
                .isEqualTo(Standing.NONE);
        Inquiry asked = ALL.get(3);
        assertThat(asked.asker().userId()).contains("asker-1");
        assertThat(Standing.of(VIEWERS.get("asker without a role"), asked, REFERRALS.get(asked.id())))
                .isEqualTo(Standing.ASKER);
        assertThat(Standing.of(new Viewer("", Set.of(), Optional.empty()), ALL.get(4), REFERRALS.get(ALL.get(4).id())))
                .as("a visitor").isEqualTo(Standing.NONE);
    }

    @Test
    void handingBackEveryReferralPutsTheInquiryBackInTheSecretariatsQueue() {
        Inquiry onlyTama = ALL.get(5);
        assertThat(onlyTama.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(REFERRALS.get(onlyTama.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReferralStatus.HANDED_BACK));
        Inquiry accepted = ALL.get(2);
        assertThat(accepted.status()).isEqualTo(InquiryStatus.IN_PROGRESS);
        assertThat(ALL.get(0).status()).isEqualTo(InquiryStatus.ROUTED);
    }

    private static final java.util.Comparator<Inquiry> NEWEST_FIRST = java.util.Comparator
            .comparing(Inquiry::createdAt).thenComparing(Inquiry::id).reversed();

    private static List<String> expected(Viewer viewer, java.util.function.Predicate<Inquiry> also) {
        return ALL.stream().filter(i -> Standing.of(viewer, i, REFERRALS.get(i.id())).staff()).filter(also)
                .sorted(NEWEST_FIRST).map(Inquiry::reference).toList();
    }

    private static QueueFilter filter(Function<QueueFilter, QueueFilter> change) {
        return change.apply(QueueFilter.all());
    }

    private static List<String> queue(Viewer viewer, QueueFilter filter) {
        return search(em -> new InquirySearch(em).queue(viewer, filter)).items().stream().map(Inquiry::reference)
                .toList();
    }

    private static <T> T search(Function<EntityManager, T> query) {
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }
}
