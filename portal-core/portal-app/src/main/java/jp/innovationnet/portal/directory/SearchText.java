package jp.innovationnet.portal.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import jp.innovationnet.portal.text.JapaneseText;

/**
 * How directory text is indexed and matched. Indexed text is first folded with {@link JapaneseText#fold} (NFKC,
 * so half- and full-width forms are one; katakana as hiragana; lower case; spaces and punctuation dropped), then cut
 * into character unigrams (field {@code <name>_1}) and bigrams ({@code <name>_2}). A query is split at blanks; every
 * word must occur somewhere in the text, as a substring of the folded text: a one-character word is a unigram term,
 * a longer one a phrase of its bigrams. Each word is tried as typed and without a legal form
 * ({@link JapaneseText#foldName}: {@code 財団法人いわて}, {@code (公財)いわて} and {@code いわて} all find
 * {@code 財団法人いわて産業振興センター}).
 *
 * <p>What does not match: kana against kanji ({@code さんぎょう} finds {@code 産業} only through the organization's
 * reading, when it has one), different kanji for the same word, spelling variants in English, and words split
 * differently than the text (the folded text has no spaces, so {@code industrypromotion} and
 * {@code industry promotion} both match "Industry Promotion").
 */
public final class SearchText {

    /** The analyzer for the gram fields: {@code *_1} unigrams, {@code *_2} bigrams; values do not join up. */
    public static final Analyzer ANALYZER = new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            int size = field.endsWith(UNIGRAMS) ? 1 : 2;
            return new TokenStreamComponents(new NGramTokenizer(size, size));
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return 100;
        }
    };

    static final String UNIGRAMS = "_1";
    static final String BIGRAMS = "_2";

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private SearchText() {
    }

    /**
     * @param query what the user typed
     * @return for each word, the folded forms to look for (as typed, and without legal form); words that fold to
     *         nothing (punctuation) are left out
     */
    public static List<Set<String>> words(String query) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : BLANKS.split(JapaneseText.nfkc(query).strip())) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(JapaneseText.fold(word));
            forms.add(JapaneseText.foldName(word));
            forms.remove("");
            if (!forms.isEmpty()) {
                words.add(forms);
            }
        }
        return words;
    }

    /**
     * @param query what the user typed, or null
     * @param field the gram fields' base name (e.g. {@code text} for {@code text_1} and {@code text_2})
     * @return a query matching documents whose text contains every word; all documents for a blank query
     */
    public static Query matching(String query, String field) {
        List<Set<String>> words = words(query == null ? "" : query);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Set<String> forms : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String form : forms) {
                any.add(substring(field, form), BooleanClause.Occur.SHOULD);
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /**
     * @param field  the gram fields' base name
     * @param folded folded text, not empty
     * @return a query for documents whose folded text contains it
     */
    static Query substring(String field, String folded) {
        int[] points = folded.codePoints().toArray();
        if (points.length == 1) {
            return new TermQuery(new Term(field + UNIGRAMS, folded));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < points.length; i++) {
            phrase.add(new Term(field + BIGRAMS, new String(points, i, 2)), i);
        }
        return phrase.build();
    }
}
