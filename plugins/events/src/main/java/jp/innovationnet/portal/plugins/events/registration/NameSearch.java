package jp.innovationnet.portal.plugins.events.registration;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds registrants by a part of their name as people type it at the door: full-width and half-width forms are
 * the same (NFKC: {@code ＴＡＭＡ} finds {@code tama}, {@code ﾀﾏ} finds {@code タマ}), and so are upper and lower case.
 */
public final class NameSearch implements Predicate<Registration> {

    private final String part;

    /** @param part a part of a name */
    public NameSearch(String part) {
        this.part = fold(part.strip());
    }

    @Override
    public boolean test(Registration registration) {
        return fold(registration.registrant().name()).contains(part);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
