package jp.innovationnet.portal.plugins.coordinators.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How free tags and searched words are compared: NFKC (full-width letters and half-width katakana to their usual
 * forms), katakana as hiragana, lower case, runs of spaces as one. So {@code ﾒｯｷ}, {@code メッキ} and {@code めっき}
 * are one tag; the tag is still shown as it was typed.
 */
public final class TagFolding {

    private TagFolding() {
    }

    /**
     * @param text a tag or word as typed
     * @return its folded form
     */
    public static String fold(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        StringBuilder folded = new StringBuilder(normal.length());
        normal.codePoints().map(TagFolding::hiragana).forEach(folded::appendCodePoint);
        return folded.toString().replaceAll("\\s+", " ");
    }

    /**
     * @param codePoint a character
     * @return the hiragana of a katakana letter (ァ…ヶ, ヽ, ヾ), else the character itself
     */
    static int hiragana(int codePoint) {
        if (codePoint >= 'ァ' && codePoint <= 'ヶ' || codePoint == 'ヽ' || codePoint == 'ヾ') {
            return codePoint - ('ァ' - 'ぁ');
        }
        return codePoint;
    }
}
