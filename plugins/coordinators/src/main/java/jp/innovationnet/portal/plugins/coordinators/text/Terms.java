package jp.innovationnet.portal.plugins.coordinators.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Texts as the words they hold, in the plugin's own way of storing them (as the inquiry desk's FAQ analyses them,
 * but kept as rows in the database, so that every server of a cluster searches the same): each Japanese word by its
 * base form (申し込んだ → 申し込む) and by its reading, without particles and stop words; each English word stemmed
 * (plating → plate); every term {@link TagFolding folded}, so readings are hiragana and widths and cases meet. A
 * word written in kanji, katakana, half-width katakana or hiragana thus has a term in common with the others; so has
 * a compound the analysis cuts in two, by the reading of each two neighbouring words (表面 + 処理 → ひょうめんしょり,
 * the term a search for ひょうめんしょり brings as typed).
 * Built directly, without Lucene's analysis SPI, so that it works inside the bundle's class loader; analyzers keep
 * per-thread state, released by {@link #close()} when the plugin stops. Thread-safe.
 */
public final class Terms implements AutoCloseable {

    /** The longest term kept (longer words are cut: the database column's width). */
    public static final int MAX_LENGTH = 100;

    private final Analyzer japanese = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream kept = new StopFilter(new JapanesePartOfSpeechStopFilter(new JapaneseBaseFormFilter(words),
                    JapaneseAnalyzer.getDefaultStopTags()), JapaneseAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(words, kept);
        }
    };
    private final EnglishAnalyzer english = new EnglishAnalyzer();

    /**
     * @param text a text as written; may be null
     * @return its terms, folded, in order of appearance
     */
    public Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String normal = TagFolding.fold(text);
        String[] previous = {null};
        analyse(japanese, normal, stream -> {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            add(terms, term.toString());
            String read = reading.getReading();
            if (read != null) {
                add(terms, read);
                if (previous[0] != null) {
                    add(terms, previous[0] + read);
                }
            }
            previous[0] = read;
        });
        analyse(english, normal, stream -> add(terms, stream.getAttribute(CharTermAttribute.class).toString()));
        return terms;
    }

    /**
     * A search's words: their terms, and each word as typed (folded) too, since a short word in kana alone may be
     * cut differently by the morphological analysis than in a sentence (めっき as a word, not め + っき). A single
     * kana the analysis cut out of a word (き of はんどうたい) is no term of the search: it is a term of nearly every
     * text, so it would find everyone and make every search read most of the index.
     *
     * @param query the words searched for
     * @return their terms
     */
    public Set<String> ofQuery(String query) {
        Set<String> terms = of(query);
        terms.removeIf(Terms::singleKana);
        for (String word : TagFolding.fold(query).split(" ")) {
            add(terms, word);
        }
        return terms;
    }

    private static boolean singleKana(String term) {
        return term.codePointCount(0, term.length()) == 1
                && Character.UnicodeBlock.of(term.codePointAt(0)) == Character.UnicodeBlock.HIRAGANA;
    }

    private static void add(Set<String> terms, String term) {
        String folded = TagFolding.fold(term);
        if (!folded.isEmpty() && folded.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH) : folded);
        }
    }

    private static void analyse(Analyzer analyzer, String text, Consumer<TokenStream> each) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                each.accept(stream);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
    }

    @Override
    public void close() {
        japanese.close();
        english.close();
    }
}
