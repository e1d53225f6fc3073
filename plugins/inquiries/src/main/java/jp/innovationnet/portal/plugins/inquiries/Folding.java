package jp.innovationnet.portal.plugins.inquiries;

import java.text.Normalizer;
import java.util.Locale;

/** How the desk compares texts it searches: the FAQ's terms and the queue's subjects alike. */
public final class Folding {

    private Folding() {
    }

    /**
     * @param text some text as written
     * @return it NFKC-normalised and lower-cased: full-width and half-width forms, capitals and small letters alike
     */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
