package jp.innovationnet.portal.plugins.inquiries.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import jp.innovationnet.portal.plugins.inquiries.Folding;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqAnalysis.Field;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntries.Fingerprint;

/**
 * The FAQ's full-text index: every entry (drafts too, marked as such) in an in-memory Lucene index, as the
 * committed table stands. Each search first compares the table's {@link Fingerprint} with the one the index was
 * built from and rebuilds it when they differ, so the index follows every change (from this request, another
 * request or another portal node) and is built on first use after start. Changing routes call {@link #refresh}
 * after their flush, and the plugin schedules it too, to warm it up after start. The corpus is hundreds of entries:
 * a rebuild takes milliseconds.
 *
 * <p>One instance per plugin revision, closed on stop; no static state. Lucene finds its codecs through
 * {@link java.util.ServiceLoader}: index work runs with the bundle's class loader as the thread's context class
 * loader, so the embedded jars' service files are found whichever thread calls.
 */
public final class FaqIndex implements AutoCloseable {

    /** How often the plugin refreshes the index in the background (the first run comes about a minute after start). */
    public static final Duration REFRESH = Duration.ofMinutes(10);

    /** The parts of an entry indexed apart: the question alone (which weighs more), and question and answer. */
    static final List<String> PARTS = List.of("question", "body");

    private static final String ID = "id";
    private static final String TOPIC = "topic";
    private static final String STATUS = "status";
    /** Of the bigrams of a typed text, the share an entry must have: enough to ignore chance pairs of characters. */
    private static final float BIGRAMS_TO_MATCH = 0.6f;
    /** The same for bigrams of readings, which are made of fewer distinct syllables and so meet by chance more. */
    private static final float READING_BIGRAMS_TO_MATCH = 0.8f;

    private final FaqAnalysis analysis = new FaqAnalysis();
    private final QueryBuilder queries = new QueryBuilder(analysis.analyzer());
    private volatile Snapshot snapshot;

    /** @param entityManager a transaction: brings the index up to date with the entries it sees */
    public void refresh(EntityManager entityManager) {
        current(entityManager);
    }

    /**
     * @param entityManager a transaction, whose view of the entries the index is brought up to
     * @param query         what to look for
     * @return the ids of the best matching entries, best first; empty when the text has nothing to search for
     */
    public List<Long> search(EntityManager entityManager, FaqQuery query) {
        IndexSearcher searcher = current(entityManager).searcher();
        Query matching = matching(query);
        if (matching == null) {
            return List.of();
        }
        return withBundleClassLoader(() -> {
            try {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(matching, query.limit()).scoreDocs) {
                    ids.add(Long.valueOf(searcher.storedFields().document(hit.doc).get(ID)));
                }
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException("searching the in-memory FAQ index", e);
            }
        });
    }

    private Query matching(FaqQuery query) {
        String text = Folding.fold(query.text());
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        boolean any = false;
        for (String part : PARTS) {
            float weight = part.equals("question") ? 2 : 1;
            if (query.languages().contains(Locale.JAPANESE)) {
                any |= add(words, queries.createBooleanQuery(Field.JA.in(part), text), 3 * weight);
                Set<String> readings = new LinkedHashSet<>(List.of(analysis.reading(text), analysis.fullReading(text)));
                for (String reading : readings) {
                    any |= add(words, queries.createMinShouldMatchQuery(Field.JA_READING.in(part), reading,
                            READING_BIGRAMS_TO_MATCH), 1.5f * weight);
                }
                any |= add(words, queries.createMinShouldMatchQuery(Field.JA_GRAM.in(part), text, BIGRAMS_TO_MATCH),
                        weight);
            }
            if (query.languages().contains(Locale.ENGLISH)) {
                any |= add(words, queries.createBooleanQuery(Field.EN.in(part), text), 3 * weight);
            }
        }
        if (!any) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        if (!query.drafts()) {
            all.add(new TermQuery(new Term(STATUS, FaqStatus.PUBLISHED.code())), Occur.FILTER);
        }
        query.topic().ifPresent(t -> all.add(new TermQuery(new Term(TOPIC, t.code())), Occur.FILTER));
        return all.build();
    }

    private static boolean add(BooleanQuery.Builder words, Query query, float boost) {
        if (query == null) {
            return false;
        }
        words.add(new BoostQuery(query, boost), Occur.SHOULD);
        return true;
    }

    private Snapshot current(EntityManager entityManager) {
        FaqEntries entries = new FaqEntries(entityManager);
        Fingerprint fingerprint = entries.fingerprint();
        Snapshot known = snapshot;
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known;
        }
        synchronized (this) {
            if (snapshot == null || !snapshot.fingerprint().equals(fingerprint)) {
                List<FaqEntry> all = entries.all();
                snapshot = new Snapshot(fingerprint, withBundleClassLoader(() -> build(all)));
            }
            return snapshot;
        }
    }

    private IndexSearcher build(List<FaqEntry> entries) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer()))) {
                for (FaqEntry entry : entries) {
                    writer.addDocument(document(entry));
                }
            }
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory FAQ index", e);
        }
    }

    private Document document(FaqEntry entry) {
        FaqText text = entry.text();
        Document document = new Document();
        document.add(new StringField(ID, entry.id().toString(), Store.YES));
        document.add(new StringField(TOPIC, text.topic().code(), Store.NO));
        document.add(new StringField(STATUS, entry.status().code(), Store.NO));
        addJapanese(document, "question", joined(text.questionJa()));
        addJapanese(document, "body", joined(text.questionJa(), text.answerJa()));
        document.add(new TextField(Field.EN.in("question"), joined(text.questionEn()), Store.NO));
        document.add(new TextField(Field.EN.in("body"), joined(text.questionEn(), text.answerEn()), Store.NO));
        return document;
    }

    private void addJapanese(Document document, String part, String text) {
        for (Field field : List.of(Field.JA, Field.JA_READING, Field.JA_GRAM)) {
            document.add(new TextField(field.in(part), analysis.valueFor(field, text), Store.NO));
        }
    }

    /** @return the texts that are present, normalised, one per line */
    private static String joined(String... texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            if (text != null) {
                joined.append(Folding.fold(text)).append('\n');
            }
        }
        return joined.toString();
    }

    private static <T> T withBundleClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(FaqIndex.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Releases the analyzers' per-thread state; the in-memory index goes with the instance. */
    @Override
    public void close() {
        snapshot = null;
        analysis.close();
    }

    private record Snapshot(Fingerprint fingerprint, IndexSearcher searcher) {
    }
}
