package jp.innovationnet.portal.plugins.inquiries.faq;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.message.Author;
import jp.innovationnet.portal.plugins.inquiries.message.Conversation;
import jp.innovationnet.portal.plugins.inquiries.message.Message;
import jp.innovationnet.portal.plugins.inquiries.message.MessageKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A resolved inquiry's thread becomes an anonymised draft in its language; an open one none. */
class FaqDraftTest {

    private static final Instant AT = Instant.parse("2026-06-01T01:00:00Z");
    private static EntityManagerFactory factory;

    @BeforeAll
    static void open() throws Exception {
        factory = TestDatabase.migrated("inquiries-faq-draft");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void questionFromSubjectAndTextAnswerFromTheRepliesWithoutNotesAddressesOrNames() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Inquiry inquiry = inquiry(em, Language.JA, "山田 太郎", Optional.of("北海道科学技術総合振興センター"));
        Conversation thread = new Conversation(em);
        thread.add(inquiry.id(), MessageKind.QUESTION, author("山田 太郎"),
                "北海道科学技術総合振興センターの山田です。共同研究の助成金を探しています。連絡先 03-1234-5678", AT);
        thread.add(inquiry.id(), MessageKind.NOTE, author("鈴木 一郎"), "内部メモ: JST に回付", AT.plusSeconds(60));
        thread.add(inquiry.id(), MessageKind.REPLY, author("佐藤 花子"),
                "山田様\nJST の A-STEP をご覧ください https://www.jst.go.jp/a-step/ 佐藤", AT.plusSeconds(120));
        thread.add(inquiry.id(), MessageKind.ASKER, author("山田 太郎"), "ありがとうございました", AT.plusSeconds(180));
        thread.add(inquiry.id(), MessageKind.REPLY, author("佐藤 花子"), "詳細は sato@example.jp まで。",
                AT.plusSeconds(240));
        inquiry.replied(AT.plusSeconds(240));
        List<Message> messages = thread.of(inquiry.id(), false);

        FaqDraft draft = FaqDraft.of(inquiry, messages, new Anonymiser());

        assertThat(draft.topic()).isEqualTo(Topic.RD_FUNDING);
        assertThat(draft.language()).isEqualTo(Language.JA);
        assertThat(draft.sourceReference()).isEqualTo(inquiry.reference());
        assertThat(draft.question()).isEqualTo("助成金について\n\n［機関名］の［お名前］です。共同研究の助成金を探しています。"
                + "連絡先 ［電話番号］");
        assertThat(draft.answer()).isEqualTo("［お名前］様\nJST の A-STEP をご覧ください ［URL］ ［担当者名］\n\n"
                + "詳細は ［メールアドレス］ まで。");
        assertThat(draft.answer()).doesNotContain("内部メモ", "ありがとうございました");
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void englishInquiriesGetEnglishMarkersAndAnOpenInquiryNoDraft() {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Inquiry inquiry = inquiry(em, Language.EN, "Jane Doe", Optional.empty());
        new Conversation(em).add(inquiry.id(), MessageKind.QUESTION, author("Jane Doe"), "I am Jane, call +44 20 7946 0958",
                AT);
        assertThatThrownBy(() -> FaqDraft.of(inquiry, new Conversation(em).of(inquiry.id(), false), new Anonymiser()))
                .isInstanceOf(IllegalStateException.class);
        inquiry.close(AT.plusSeconds(60));
        FaqDraft draft = FaqDraft.of(inquiry, new Conversation(em).of(inquiry.id(), false), new Anonymiser());
        assertThat(draft.question()).isEqualTo("助成金について\n\nI am [name], call [phone number]");
        assertThat(draft.answer()).isEmpty();
        em.getTransaction().rollback();
        em.close();
    }

    private static Inquiry inquiry(EntityManager em, Language language, String name, Optional<String> organization) {
        Inquiry inquiry = new Inquiry(ReferenceNumbers.next(AT, r -> false), Topic.RD_FUNDING, Region.HOKKAIDO,
                language, "助成金について", new Asker(Optional.empty(), name, "asker@example.jp", organization),
                SecretTokens.hash(SecretTokens.generate()), AT);
        em.persist(inquiry);
        em.flush();
        return inquiry;
    }

    private static Author author(String name) {
        return new Author(Optional.empty(), name, Optional.empty());
    }
}
