package jp.innovationnet.portal.plugins.inquiries.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * Suggestions from the FAQ index over entries in a real database: questions written differently from the entry
 * (width, kana or kanji, conjugation, English inflection) still find it, drafts never come up, and the index follows
 * every change of the table.
 */
class FaqIndexTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static FaqDatabase database;
    private static FaqIndex index;
    private static long application;
    private static long patent;
    private static long overseas;
    private static long draft;

    @BeforeAll
    static void seed() throws Exception {
        database = new FaqDatabase();
        index = new FaqIndex();
        application = published(new FaqText(Topic.RD_FUNDING, "研究開発助成金の申し込み方法を教えてください",
                "How do I apply for R&D funding grants?",
                "公募要領を確認し、電子申請システムから申し込んでください。",
                "Read the call for proposals and apply through the online application system."));
        patent = published(new FaqText(Topic.IP_LICENSING, "大学の特許をライセンスしてもらうには",
                "How can we license a university's patents?",
                "技術移転機関（TLO）に相談すると、実施許諾の条件を調整してくれます。",
                "Ask the university's technology licensing office; it negotiates the terms."));
        overseas = published(new FaqText(Topic.OVERSEAS, "海外展示会への出展を支援してもらえますか",
                "Can you support exhibiting at trade fairs abroad?",
                "ジェトロの出展支援事業をご利用ください。", "Use JETRO's exhibition support programme."));
        draft = entry(new FaqText(Topic.RD_FUNDING, "助成金の申請期限はいつですか", "When is the grant deadline?",
                "公募ごとに異なります。", "It depends on the call."), false);
    }

    @AfterAll
    static void close() {
        index.close();
        database.close();
    }

    @Test
    void japaneseQuestionsFindTheEntryWhateverTheWidthKanaOrConjugation() {
        assertThat(suggest("助成金の申し込み", Locale.JAPANESE)).first().isEqualTo(application);
        assertThat(suggest("ｼﾞｮｾｲｷﾝ", Locale.JAPANESE)).as("half-width katakana").first().isEqualTo(application);
        assertThat(suggest("じょせいきんをもうしこみたい", Locale.JAPANESE)).as("kana for kanji").first()
                .isEqualTo(application);
        assertThat(suggest("助成金に申込んだ", Locale.JAPANESE)).as("another okurigana, past tense").first()
                .isEqualTo(application);
        assertThat(suggest("研究開発助成金に申し込みました", Locale.JAPANESE)).as("polite past").first()
                .isEqualTo(application);
        assertThat(suggest("とっきょ", Locale.JAPANESE)).as("kana for kanji").containsExactly(patent);
        assertThat(suggest("だいがくのとっきょをらいせんす", Locale.JAPANESE)).as("kana only").first().isEqualTo(patent);
        assertThat(suggest("ＴＬＯに相談したい", Locale.JAPANESE)).as("full-width latin").first().isEqualTo(patent);
        assertThat(suggest("海外の展示", Locale.JAPANESE)).as("a word still being typed").first().isEqualTo(overseas);
    }

    @Test
    void englishQuestionsAreStemmed() {
        assertThat(suggest("applying for funds", Locale.ENGLISH)).first().isEqualTo(application);
        assertThat(suggest("licensed patent", Locale.ENGLISH)).first().isEqualTo(patent);
        assertThat(suggest("ＥＸＨＩＢＩＴＩＯＮＳ", Locale.ENGLISH)).as("full-width, plural").first().isEqualTo(overseas);
        assertThat(suggest("licensed patent", Locale.JAPANESE)).as("only the language asked for").isEmpty();
    }

    @Test
    void draftsAreNeverSuggestedButTheSecretariatFindsThem() {
        assertThat(suggest("申請期限", Locale.JAPANESE)).doesNotContain(draft);
        assertThat(suggest("grant deadline", Locale.ENGLISH)).doesNotContain(draft);
        List<Long> withDrafts = search(new FaqQuery("申請期限", Optional.empty(), FaqQuery.BOTH, true, 5));
        assertThat(withDrafts).first().isEqualTo(draft);
    }

    @Test
    void topicsFilterAndNothingToSearchForFindsNothing() {
        assertThat(search(new FaqQuery("申し込み", Optional.of(Topic.IP_LICENSING), FaqQuery.BOTH, false, 5)))
                .doesNotContain(application);
        assertThat(suggest("の", Locale.JAPANESE)).isEmpty();
        assertThat(suggest("   ", Locale.ENGLISH)).isEmpty();
        assertThat(suggest("quantum chromodynamics", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theIndexFollowsPublishingUnpublishingEditingAndDeleting() {
        long id = entry(new FaqText(Topic.STARTUP, "創業融資の相談窓口", "Where to ask about start-up loans",
                "地域の支援機関へ。", "Your regional support centre."), false);
        assertThat(suggest("創業融資", Locale.JAPANESE)).isEmpty();
        change(id, FaqEntry::publish);
        assertThat(suggest("創業融資", Locale.JAPANESE)).containsExactly(id);
        change(id, (e, now) -> e.revise(new FaqText(Topic.STARTUP, "起業資金の相談窓口",
                "Where to ask about start-up loans", "地域の支援機関へ。", "Your regional support centre."), now));
        assertThat(suggest("創業融資", Locale.JAPANESE)).isEmpty();
        assertThat(suggest("起業資金", Locale.JAPANESE)).containsExactly(id);
        change(id, FaqEntry::unpublish);
        assertThat(suggest("起業資金", Locale.JAPANESE)).isEmpty();
        change(id, FaqEntry::publish);
        database.inTransaction(em -> em.remove(em.find(FaqEntry.class, id)));
        assertThat(suggest("起業資金", Locale.JAPANESE)).isEmpty();
    }

    private static List<Long> suggest(String text, Locale language) {
        return search(new FaqQuery(text, Optional.empty(), Set.of(language), false, 5));
    }

    private static List<Long> search(FaqQuery query) {
        List<Long> found = new ArrayList<>();
        database.inTransaction(em -> found.addAll(index.search(em, query)));
        return found;
    }

    private static long published(FaqText text) {
        return entry(text, true);
    }

    private static long entry(FaqText text, boolean published) {
        FaqEntry entry = FaqEntry.draft(text, Optional.of("Q26-7K3M-9PQX"), "user-1", NOW);
        if (published) {
            entry.publish(NOW);
        }
        database.inTransaction(em -> em.persist(entry));
        return entry.id();
    }

    private static void change(long id, java.util.function.BiConsumer<FaqEntry, Instant> change) {
        database.inTransaction(em -> change.accept(em.find(FaqEntry.class, id), NOW));
    }
}
