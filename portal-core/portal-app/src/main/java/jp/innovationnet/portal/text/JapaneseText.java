package jp.innovationnet.portal.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

/**
 * How the portal compares Japanese (and English) text: names are stored as written, and compared, searched and
 * checked for duplicates in a folded form that ignores what people do not notice when they type: full- and
 * half-width forms ({@code ｲﾝﾃﾘｼﾞｪﾝﾄ} = {@code インテリジェント}, {@code ２１} = {@code 21}), hiragana and katakana,
 * letter case, spaces and punctuation, and, for names, the legal-form prefix ({@code 財団法人}, {@code 株式会社}...).
 * Thread-safe.
 */
public final class JapaneseText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** ICU's transform is not thread-safe for concurrent use of one instance: one per thread. */
    private static final ThreadLocal<Transliterator> KATAKANA_TO_HIRAGANA =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Katakana-Hiragana"));

    /** Spaces, punctuation and symbols that do not tell two names apart (・, ･, -, (, ), 「」...). */
    private static final Pattern NOISE = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");

    /**
     * Legal forms written before or after a name, longest first, in their NFKC form. Old (財団法人) and new
     * (公益財団法人, 一般社団法人) forms alike, and the bracketed abbreviations ((株), (財)...).
     */
    private static final List<String> LEGAL_FORMS = List.of(
            "特定非営利活動法人", "地方独立行政法人", "国立研究開発法人", "独立行政法人", "国立大学法人", "公立大学法人",
            "公益財団法人", "一般財団法人", "公益社団法人", "一般社団法人", "財団法人", "社団法人", "学校法人",
            "株式会社", "有限会社", "合同会社", "協同組合", "NPO法人",
            "(株)", "(財)", "(社)", "(独)", "(有)", "(一財)", "(公財)", "(一社)", "(公社)", "(特非)");

    private static final ThreadLocal<Collator> JAPANESE_ORDER = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(ULocale.JAPANESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    private JapaneseText() {
    }

    /**
     * @param text any text, or null
     * @return its NFKC form (the form the portal searches and compares in); {@code ""} for null
     */
    public static String nfkc(String text) {
        return text == null ? "" : NFKC.normalize(text);
    }

    /**
     * Folds text for comparison and search: NFKC, katakana as hiragana, lower case, without spaces, punctuation and
     * symbols. Two texts that a reader would call the same fold to the same string.
     *
     * @param text any text, or null
     * @return the folded form; {@code ""} for null
     */
    public static String fold(String text) {
        String normalized = NFKC.normalize(text == null ? "" : text);
        String hiragana = KATAKANA_TO_HIRAGANA.get().transliterate(normalized);
        return NOISE.matcher(hiragana.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * Folds an organization's name and drops its legal form, so that {@code 財団法人いわて産業振興センター},
     * {@code いわて産業振興センター} and {@code (公財)いわて産業振興センター} compare equal.
     *
     * @param name an organization's name, or null
     * @return the folded name without legal form
     */
    public static String foldName(String name) {
        return fold(withoutLegalForm(nfkc(name)));
    }

    /**
     * @param name an organization's name, in any form
     * @return the name without a leading or trailing legal form, otherwise as given
     */
    public static String withoutLegalForm(String name) {
        String result = nfkc(name).strip();
        for (String form : LEGAL_FORMS) {
            if (result.startsWith(form)) {
                result = result.substring(form.length()).strip();
                break;
            }
        }
        for (String form : LEGAL_FORMS) {
            if (result.endsWith(form) && result.length() > form.length()) {
                result = result.substring(0, result.length() - form.length()).strip();
                break;
            }
        }
        return result;
    }

    /**
     * Japanese dictionary order (ICU's Japanese collation: kana by gojūon, then kanji), for readings and names.
     *
     * @return a comparator; nulls last
     */
    public static Comparator<String> japaneseOrder() {
        return Comparator.nullsLast((a, b) -> JAPANESE_ORDER.get().compare(a, b));
    }

    /**
     * A key that sorts in Japanese dictionary order under plain binary comparison (for a database column or an
     * index): the Japanese collation key of the text, hex-encoded.
     *
     * @param text a reading (preferably) or a name
     * @return the key
     */
    public static String sortKey(String text) {
        byte[] key = JAPANESE_ORDER.get().getCollationKey(nfkc(text)).toByteArray();
        StringBuilder hex = new StringBuilder(key.length * 2);
        for (byte b : key) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }
}
