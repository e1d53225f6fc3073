package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people change one inquiry at once (the routes take the optimistic lock and flush before answering): the
 * second flush fails with the exception the routes turn into 409, and the first change stands.
 */
class ConcurrentChangeTest {

    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");
    private static EntityManagerFactory factory;

    @BeforeAll
    static void database() throws Exception {
        factory = TestDatabase.migrated("inquiries-concurrency");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theSecondOfTwoConcurrentChangesFailsWithAnOptimisticLockException() {
        EntityManager setup = factory.createEntityManager();
        setup.getTransaction().begin();
        Inquiry created = new Inquiry(ReferenceNumbers.next(NOW, r -> false), Topic.OTHER, Region.KANTO, Language.JA,
                "件名", new Asker(Optional.empty(), "名前", "a@example.jp", Optional.empty()),
                SecretTokens.hash(SecretTokens.generate()), NOW);
        setup.persist(created);
        setup.getTransaction().commit();
        setup.close();

        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        Inquiry a = first.find(Inquiry.class, created.id());
        Inquiry b = second.find(Inquiry.class, created.id());
        first.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        second.lock(b, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        a.close(NOW.plusSeconds(1));
        b.replied(NOW.plusSeconds(2));
        first.flush();
        first.getTransaction().commit();
        assertThatThrownBy(second::flush).isInstanceOf(OptimisticLockException.class);
        second.getTransaction().rollback();
        first.close();
        second.close();

        EntityManager reader = factory.createEntityManager();
        Inquiry stored = reader.find(Inquiry.class, created.id());
        assertThat(stored.status()).isEqualTo(InquiryStatus.CLOSED);
        assertThat(stored.firstResponseAt()).isEmpty();
        reader.close();
    }
}
