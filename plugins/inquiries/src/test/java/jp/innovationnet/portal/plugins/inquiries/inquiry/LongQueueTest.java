package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue longer than {@link InquirySearch#COUNTED_BEYOND} past its page (H2 or PostgreSQL, {@link TestDatabase}):
 * pages come in order of arrival, the total is exact while the list is short enough and says "more" beyond, and the
 * text search compares folded subjects (full-width and capital letters alike).
 */
class LongQueueTest {

    private static final int COUNT = 1_200;
    private static final Viewer SECRETARIAT = new Viewer("u-sec", Set.of("secretariat"), Optional.of("jilc"));
    private static final Instant START = Instant.parse("2026-11-02T01:00:00Z");
    private static EntityManagerFactory factory;
    /** References in order of arrival, oldest first. */
    private static final List<String> ARRIVED = new ArrayList<>();

    @BeforeAll
    static void seed() throws Exception {
        factory = TestDatabase.migrated("inquiries-long-queue");
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        for (int n = 0; n < COUNT; n++) {
            Instant at = START.plusSeconds(60L * n);
            Inquiry inquiry = new Inquiry(ReferenceNumbers.next(at, r -> ARRIVED.contains(r)), Topic.values()[n % 8],
                    Region.values()[n % 10], Language.values()[n % 2],
                    n == 700 ? "Patent licensing in Kyushu" : "件名 " + n,
                    new Asker(Optional.empty(), "Asker", "a@example.jp", Optional.empty()),
                    SecretTokens.hash(SecretTokens.generate()), at);
            em.persist(inquiry);
            em.flush(); // one insert each, as each arrives in its own transaction: the ids follow the order of arrival
            if (n % 200 == 199) {
                em.clear();
            }
            ARRIVED.add(inquiry.reference());
        }
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theFirstPageSaysThereAreMoreThanItCounted() {
        InquirySearch.Page first = queue(QueueFilter.all());
        assertThat(references(first)).isEqualTo(newest(0, 50));
        assertThat(first.total()).isEqualTo(50 + InquirySearch.COUNTED_BEYOND);
        assertThat(first.totalExact()).isFalse();
    }

    @Test
    void aPageNearTheEndCountsExactly() {
        InquirySearch.Page late = queue(QueueFilter.all().withPage(1_000, 50));
        assertThat(references(late)).isEqualTo(newest(1_000, 1_050));
        assertThat(late.total()).isEqualTo(COUNT);
        assertThat(late.totalExact()).isTrue();
        InquirySearch.Page past = queue(QueueFilter.all().withPage(Integer.MAX_VALUE, 100));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(COUNT);
    }

    @Test
    void aNarrowedQueueIsCountedExactlyInOrderOfArrival() {
        InquirySearch.Page kinki = queue(filter(f -> new QueueFilter(f.status(), Optional.of(Topic.values()[3]),
                Optional.of(Region.values()[3]), f.receiver(), f.assignedTo(), f.text(), 0, 100)));
        List<String> expected = new ArrayList<>();
        for (int n = COUNT - 1; n >= 0; n--) {
            if (n % 8 == 3 && n % 10 == 3) {
                expected.add(ARRIVED.get(n));
            }
        }
        assertThat(references(kinki)).isEqualTo(expected).hasSize(30);
        assertThat(kinki.total()).isEqualTo(30);
        assertThat(kinki.totalExact()).isTrue();
    }

    @Test
    void theTextSearchFoldsWidthAndCase() {
        for (String typed : List.of("ＰＡＴＥＮＴ", "patent LICENSING", "Licensing in")) {
            assertThat(references(queue(filter(f -> new QueueFilter(f.status(), f.topic(), f.region(), f.receiver(),
                    f.assignedTo(), Optional.of(typed), 0, 50))))).as(typed).containsExactly(ARRIVED.get(700));
        }
    }

    private static List<String> newest(int from, int to) {
        return ARRIVED.reversed().subList(from, to);
    }

    private static QueueFilter filter(Function<QueueFilter, QueueFilter> change) {
        return change.apply(QueueFilter.all());
    }

    private static List<String> references(InquirySearch.Page page) {
        return page.items().stream().map(Inquiry::reference).toList();
    }

    private static InquirySearch.Page queue(QueueFilter filter) {
        EntityManager em = factory.createEntityManager();
        try {
            return new InquirySearch(em).queue(SECRETARIAT, filter);
        } finally {
            em.close();
        }
    }
}
