package jp.innovationnet.portal.plugins.inquiries.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How FAQ texts and typed questions become terms. Every text is first NFKC-normalised (full-width letters and digits,
 * half-width katakana) and lower-cased; then each language is indexed several ways, so that a question written
 * differently from the entry still finds it:
 * <ul>
 * <li>{@link Field#JA}: Kuromoji's morphological analysis with base forms (申し込んだ → 申し込む), without particles
 * and stop words;</li>
 * <li>{@link Field#JA_READING}: bigrams of the katakana reading of the text's words (particles, auxiliaries and stop
 * words left out), so that kana and kanji spellings meet (もうしこみ, 申込み, 申し込み → モウシコミ);</li>
 * <li>{@link Field#JA_GRAM}: bigrams of the text itself, for words still being typed and words the dictionary
 * lacks;</li>
 * <li>{@link Field#EN}: English with stop words removed and Porter stemming (funding → fund).</li>
 * </ul>
 * Built directly, without Lucene's analysis SPI, so that it works inside the bundle's class loader. Analyzers keep
 * per-thread state: {@link #close()} releases it when the plugin stops.
 */
final class FaqAnalysis implements AutoCloseable {

    /** The ways a text is indexed; each has an index field per part (question, whole entry). */
    enum Field {
        JA, JA_READING, JA_GRAM, EN;

        /**
         * @param part {@code question} or {@code body}
         * @return the index field's name
         */
        String in(String part) {
            return part + "." + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String EVERY_WORD = "every-word";

    private final JapaneseAnalyzer japanese = new JapaneseAnalyzer();
    /** Words with their readings: all of them ({@value #EVERY_WORD}), or without particles and stop words. */
    private final Analyzer readings = new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
            if (fieldName.equals(EVERY_WORD)) {
                return new TokenStreamComponents(words);
            }
            TokenStream kept = new StopFilter(new JapanesePartOfSpeechStopFilter(words,
                    JapaneseAnalyzer.getDefaultStopTags()), JapaneseAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(words, kept);
        }
    };
    private final CJKAnalyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final EnglishAnalyzer english = new EnglishAnalyzer();
    private final Analyzer perField;

    FaqAnalysis() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (Field field : Field.values()) {
            for (String part : FaqIndex.PARTS) {
                fields.put(field.in(part), analyzerOf(field));
            }
        }
        perField = new PerFieldAnalyzerWrapper(english, fields);
    }

    private Analyzer analyzerOf(Field field) {
        return switch (field) {
            case JA -> japanese;
            case JA_READING, JA_GRAM -> bigrams;
            case EN -> english;
        };
    }

    /** @return the analyzer of every index field */
    Analyzer analyzer() {
        return perField;
    }

    /**
     * @param field a way of indexing
     * @param text  a normalised text
     * @return what that field indexes of the text: its katakana reading for {@link Field#JA_READING}, else the text
     */
    String valueFor(Field field, String text) {
        return field == Field.JA_READING ? reading(text) : text;
    }

    /**
     * @param text a normalised text
     * @return the text as read, in katakana: each word's dictionary reading, or the word itself with hiragana turned
     *     into katakana when the dictionary does not know it
     */
    String reading(String text) {
        return reading(text, "content-words");
    }

    /**
     * A typed question in kana is ambiguous to the morphological analysis, which may take part of a word for a
     * particle (ちてきざいさん → ち, て, き...): searches try its reading with every word too.
     *
     * @param text a normalised text
     * @return the text as read, in katakana, particles and stop words included
     */
    String fullReading(String text) {
        return reading(text, EVERY_WORD);
    }

    private String reading(String text, String words) {
        StringBuilder reading = new StringBuilder();
        try (TokenStream tokens = readings.tokenStream(words, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            ReadingAttribute read = tokens.addAttribute(ReadingAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = read.getReading() != null ? read.getReading() : term.toString();
                word.codePoints().map(FaqAnalysis::katakana).forEach(reading::appendCodePoint);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return reading.toString();
    }

    private static int katakana(int codePoint) {
        return codePoint >= 'ぁ' && codePoint <= 'ゖ' ? codePoint + ('ァ' - 'ぁ') : codePoint;
    }

    @Override
    public void close() {
        perField.close();
        japanese.close();
        readings.close();
        bigrams.close();
        english.close();
    }
}
