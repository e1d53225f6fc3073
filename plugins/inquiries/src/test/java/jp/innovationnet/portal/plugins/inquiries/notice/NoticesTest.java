package jp.innovationnet.portal.plugins.inquiries.notice;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.TestDatabase;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mails to askers go through the plugin's notice table: written in the change's transaction in the inquiry's
 * language, handed to the outbox under one key per notice, so a run repeated after a crash queues nothing twice.
 */
class NoticesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");
    private static EntityManagerFactory factory;

    private final List<Notifications.Recipient> inbox = new ArrayList<>();
    private final Notices notices = new Notices((recipient, message) -> inbox.add(recipient),
            path -> URI.create("https://portal.example" + path));

    @BeforeAll
    static void database() throws Exception {
        factory = TestDatabase.migrated("inquiries-notices");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void askersReadTheirMailsInTheInquirysLanguageAndTheSecretariatHearsOfNewOnes() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Inquiry english = inquiry(em, Language.EN, Optional.empty(), "ada@example.com");
        Inquiry japanese = inquiry(em, Language.JA, Optional.of("u-1"), "hanako@tama.example");
        Inquiry noAddress = inquiry(em, Language.JA, Optional.of("u-2"), "");
        URI link = URI.create("https://portal.example/p/inquiries/track#" + SecretTokens.generate());
        List<Runnable> changes = List.of(() -> notices.submitted(em, english, link, NOW),
                () -> notices.submitted(em, japanese, link, NOW), () -> notices.submitted(em, noAddress, link, NOW),
                () -> notices.replied(em, japanese, "回答本文です", NOW));
        changes.forEach(change -> {
            change.run();
            em.flush();
        });
        List<Notice> written = pending(em);
        assertThat(written).extracting(Notice::recipient)
                .containsExactly("ada@example.com", "hanako@tama.example", "hanako@tama.example");
        assertThat(written.get(0).subject()).startsWith("We have received your inquiry (" + english.reference());
        assertThat(written.get(0).text()).contains(link.toString()).doesNotContainPattern("\\p{IsHiragana}");
        assertThat(written.get(1).subject()).startsWith("お問い合わせを受け付けました（" + japanese.reference());
        assertThat(written.get(2).text()).contains("回答本文です", "https://portal.example/p/inquiries/mine?ref=")
                .doesNotContain("track#");
        assertThat(written.get(0).email().language()).isEqualTo(Locale.ENGLISH);
        assertThat(inbox).containsOnly(Notifications.Recipient.role("secretariat")).hasSize(3);
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void eachNoticeIsQueuedUnderItsOwnKeySoARepeatedRunQueuesNothingTwice() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Inquiry inquiry = inquiry(em, Language.EN, Optional.empty(), "grace@example.com");
        notices.submitted(em, inquiry, URI.create("https://portal.example/p/inquiries/track#x"), NOW);
        notices.closed(em, inquiry, NOW);
        em.getTransaction().commit();

        RecordingMail outbox = new RecordingMail();
        NoticeSender sender = new NoticeSender(outbox, Clock.fixed(NOW, ZoneOffset.UTC));
        em.getTransaction().begin();
        sender.run(em);
        em.getTransaction().rollback();
        em.clear();
        em.getTransaction().begin();
        sender.run(em);
        em.getTransaction().commit();
        em.getTransaction().begin();
        sender.run(em);
        em.getTransaction().commit();

        assertThat(outbox.keys.get(0)).isNotEqualTo(outbox.keys.get(1)).startsWith("notice:");
        assertThat(outbox.keys).as("the run after a crash repeats the same keys; the last run finds nothing")
                .containsExactly(outbox.keys.get(0), outbox.keys.get(1), outbox.keys.get(0), outbox.keys.get(1));
        assertThat(outbox.queued).hasSize(2);
        assertThat(outbox.queued).extracting(Mail.Email::to).containsOnly("grace@example.com");
        assertThat(pending(em)).isEmpty();
        em.close();
    }

    @Test
    void anAssigneeReadsTheReferenceSubjectAndCasePageInTheirOwnLanguage() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Inquiry inquiry = inquiry(em, Language.JA, Optional.empty(), "asker@example.com");
        notices.assigned(em, inquiry, new Person("u-1", "ada", "Ada Lovelace", "ada@tama.example", Locale.ENGLISH,
                Set.of("member-staff")), NOW);
        em.flush();
        notices.assigned(em, inquiry, new Person("u-2", "taro", "山田 太郎", "taro@tama.example", Locale.JAPANESE,
                Set.of("member-staff")), NOW);
        notices.assigned(em, inquiry, new Person("u-3", "nomail", "No Mail", "", Locale.ENGLISH,
                Set.of("member-staff")), NOW);
        em.flush();
        List<Notice> written = pending(em);
        assertThat(written).extracting(Notice::recipient).containsExactly("ada@tama.example", "taro@tama.example");
        assertThat(written.get(0).subject()).isEqualTo("You were assigned an inquiry (" + inquiry.reference() + ")");
        assertThat(written.get(0).text()).contains("Subject: Subject",
                "https://portal.example/p/inquiries/desk?ref=" + inquiry.reference())
                .doesNotContainPattern("\\p{IsHiragana}");
        assertThat(written.get(0).email().language()).isEqualTo(Locale.ENGLISH);
        assertThat(written.get(1).subject()).isEqualTo("お問い合わせの担当になりました（" + inquiry.reference() + "）");
        assertThat(written.get(1).text()).contains("山田 太郎 様", "受付番号: " + inquiry.reference());
        assertThat(inbox).isEmpty();
        em.getTransaction().rollback();
        em.close();
    }

    private static List<Notice> pending(EntityManager em) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.sentAt IS NULL ORDER BY n.id", Notice.class)
                .getResultList();
    }

    private static Inquiry inquiry(EntityManager em, Language language, Optional<String> userId, String email) {
        Inquiry inquiry = new Inquiry(ReferenceNumbers.next(NOW, r -> false), Topic.STARTUP, Region.KYUSHU, language,
                "Subject", new Asker(userId, "Asker", email, Optional.empty()),
                SecretTokens.hash(SecretTokens.generate()), NOW);
        em.persist(inquiry);
        em.flush();
        return inquiry;
    }

    /** The portal's outbox as the contract describes it: a key queues its mail once, ever. */
    private static final class RecordingMail implements Mail {

        final List<String> keys = new ArrayList<>();
        final List<Email> queued = new ArrayList<>();

        @Override
        public void send(Email email) {
            queued.add(email);
        }

        @Override
        public boolean sendOnce(String key, Email email) {
            boolean first = !keys.contains(key);
            keys.add(key);
            if (first) {
                queued.add(email);
            }
            return first;
        }
    }
}
