package jp.innovationnet.portal.plugins.liaison.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How texts in Japanese and English become search terms, the same for what is indexed and what is searched: NFKC
 * (full-width letters and half-width kana folded), lower case, words of letters and digits; a run of Japanese script
 * becomes its character pairs (a single character stays one), so that 燃料電池 is found by 電池.
 */
public final class Terms {

    /** The longest term kept (the column's width). */
    public static final int MAX_LENGTH = 64;

    private Terms() {
    }

    /**
     * @param text a text, may be null
     * @return its terms, in order of appearance, each once
     */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder run = new StringBuilder();
        boolean japanese = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            boolean letter = Character.isLetterOrDigit(c);
            boolean script = letter && isJapanese(c);
            if (!letter || script != japanese) {
                add(terms, run, japanese);
                run.setLength(0);
            }
            if (letter) {
                run.appendCodePoint(c);
                japanese = script;
            }
        }
        add(terms, run, japanese);
        return terms;
    }

    private static void add(Set<String> terms, StringBuilder run, boolean japanese) {
        if (run.isEmpty()) {
            return;
        }
        String word = run.toString();
        if (!japanese) {
            terms.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            return;
        }
        int[] points = word.codePoints().toArray();
        if (points.length == 1) {
            terms.add(word);
        }
        for (int i = 0; i + 1 < points.length; i++) {
            terms.add(new String(points, i, 2));
        }
    }

    private static boolean isJapanese(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c == 'ー';
    }
}
