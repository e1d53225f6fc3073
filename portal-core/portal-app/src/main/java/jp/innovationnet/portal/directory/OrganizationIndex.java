package jp.innovationnet.portal.directory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * The directory's Lucene index, in memory: one document per organization with its folded text as n-grams (see
 * {@link SearchText}), its filters as exact terms, its two sort keys as doc values and its entry pre-rendered as
 * JSON in both views, so that a search touches neither the database nor the entities. Updates are visible to the
 * next search once the update returns. Thread-safe.
 */
public final class OrganizationIndex implements Closeable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String ENGLISH_TEXT = "en";
    private static final String STATUS = "status";
    private static final String KIND = "kind";
    private static final String REGION = "region";
    private static final String PREFECTURE = "prefecture";
    private static final String FIELD = "field";
    private static final String SORT_JA = "sort_ja";
    private static final String SORT_EN = "sort_en";
    private static final String SORT_ID = "sort_id";
    private static final String FULL_JSON = "json_full";
    private static final String ENGLISH_JSON = "json_en";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** An empty index. */
    public OrganizationIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(SearchText.ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param entries every organization: the index holds these and nothing else afterwards */
    public synchronized void replaceAll(Collection<DirectoryEntry> entries) {
        try {
            writer.deleteAll();
            for (DirectoryEntry entry : entries) {
                writer.addDocument(document(entry));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param changed organizations added or changed (replacing what the index had of them)
     * @param removed aliases of organizations that are gone
     */
    public synchronized void update(Collection<DirectoryEntry> changed, Collection<String> removed) {
        try {
            for (DirectoryEntry entry : changed) {
                writer.updateDocument(new Term(ID, entry.id()), document(entry));
            }
            for (String id : removed) {
                writer.deleteDocuments(new Term(ID, id));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many organizations the index holds */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * @param query the search
     * @return the page it asks for
     */
    public DirectoryPage search(DirectoryQuery query) {
        Query lucene = query(query);
        Sort sort = sort(query.sort());
        String view = query.view() == DirectoryView.ENGLISH ? ENGLISH_JSON : FULL_JSON;
        return withSearcher(searcher -> {
            try {
                // the cursor's entry has a unique (sort key, alias): the highest doc id skips exactly it
                int lastDoc = Math.max(0, searcher.getIndexReader().maxDoc() - 1);
                FieldDoc after = query.after().map(c -> new FieldDoc(lastDoc, Float.NaN,
                        new Object[] {new BytesRef(c.sortKey()), new BytesRef(c.id())})).orElse(null);
                TopFieldDocs top = searcher.searchAfter(after, lucene, query.limit() + 1, sort, false);
                long total = searcher.count(lucene);
                StoredFields stored = searcher.storedFields();
                List<String> items = new ArrayList<>();
                ScoreDoc[] hits = top.scoreDocs;
                for (int i = 0; i < Math.min(hits.length, query.limit()); i++) {
                    items.add(stored.document(hits[i].doc, Set.of(view)).get(view));
                }
                Optional<DirectoryCursor> next = Optional.empty();
                if (hits.length > query.limit()) {
                    Object[] last = ((FieldDoc) hits[query.limit() - 1]).fields;
                    next = Optional.of(new DirectoryCursor(query.sort(), ((BytesRef) last[0]).utf8ToString(),
                            ((BytesRef) last[1]).utf8ToString()));
                }
                return new DirectoryPage(total, items, next);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private <T> T withSearcher(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query query(DirectoryQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(SearchText.matching(query.text(), query.view() == DirectoryView.ENGLISH ? ENGLISH_TEXT : TEXT),
                BooleanClause.Occur.MUST);
        filter(all, STATUS, query.statuses().stream().map(Coded::code).toList());
        filter(all, KIND, query.kinds().stream().map(Coded::code).toList());
        filter(all, FIELD, query.fields().stream().map(Coded::code).toList());
        filter(all, REGION, query.regions().stream().map(r -> r.nameEn()).toList());
        filter(all, PREFECTURE, query.prefectures().stream().map(p -> p.code()).toList());
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, List<String> values) {
        if (!values.isEmpty()) {
            all.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort sort(DirectorySort sort) {
        return new Sort(new SortField(sort == DirectorySort.READING ? SORT_JA : SORT_EN, SortField.Type.STRING),
                new SortField(SORT_ID, SortField.Type.STRING));
    }

    private static Document document(DirectoryEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(SORT_ID, new BytesRef(entry.id())));
        doc.add(new SortedDocValuesField(SORT_JA, new BytesRef(entry.japaneseSortKey())));
        doc.add(new SortedDocValuesField(SORT_EN, new BytesRef(entry.englishSortKey())));
        doc.add(new StringField(STATUS, entry.status().code(), Field.Store.NO));
        doc.add(new StringField(KIND, entry.kind().code(), Field.Store.NO));
        if (entry.region() != null) {
            doc.add(new StringField(REGION, entry.region().nameEn(), Field.Store.NO));
        }
        if (entry.prefecture() != null) {
            doc.add(new StringField(PREFECTURE, entry.prefecture().code(), Field.Store.NO));
        }
        entry.fields().forEach(f -> doc.add(new StringField(FIELD, f.code(), Field.Store.NO)));
        grams(doc, TEXT, entry.allText());
        grams(doc, ENGLISH_TEXT, entry.englishText());
        doc.add(new StoredField(FULL_JSON, entry.fullJson()));
        doc.add(new StoredField(ENGLISH_JSON, entry.englishJson()));
        return doc;
    }

    private static void grams(Document doc, String field, List<String> texts) {
        for (String text : texts) {
            String folded = JapaneseText.fold(text);
            if (!folded.isEmpty()) {
                doc.add(new TextField(field + SearchText.UNIGRAMS, folded, Field.Store.NO));
                doc.add(new TextField(field + SearchText.BIGRAMS, folded, Field.Store.NO));
            }
        }
    }
}
