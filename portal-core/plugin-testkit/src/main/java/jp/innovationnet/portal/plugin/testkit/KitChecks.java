package jp.innovationnet.portal.plugin.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * Checks a plugin's catalogues: every value of its closed lists has a label in both languages, and every message of
 * its wordings a text in both. One call in a plugin's unit tests covers all its enums.
 */
public final class KitChecks {

    private KitChecks() {
    }

    /**
     * @param lists the plugin's closed lists (enums implementing {@link Coded})
     * @throws AssertionError naming every value without a label in Japanese or English
     */
    @SafeVarargs
    public static void assertLabelled(Class<? extends Coded>... lists) {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Coded> list : lists) {
            for (Coded value : constants(list)) {
                for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                    try {
                        value.label(language);
                    } catch (MissingResourceException e) {
                        missing.add(list.getSimpleName() + "." + value.code() + " (" + language + ")");
                    }
                }
            }
        }
        fail("labels missing", missing);
    }

    /**
     * @param wordings the plugin's message catalogues (enums implementing {@link Wording})
     * @throws AssertionError naming every message without a text in Japanese or English, or whose pattern is broken
     */
    @SafeVarargs
    public static void assertWorded(Class<? extends Wording>... wordings) {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Wording> wording : wordings) {
            for (Wording message : constants(wording)) {
                for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                    try {
                        message.in(language, "a", "b", "c", "d");
                    } catch (MissingResourceException | IllegalArgumentException e) {
                        missing.add(wording.getSimpleName() + "." + message.name() + " (" + language + ")");
                    }
                }
            }
        }
        fail("texts missing or broken", missing);
    }

    private static <T> T[] constants(Class<T> type) {
        T[] constants = type.getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException(type + " is not an enum");
        }
        return constants;
    }

    private static void fail(String what, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new AssertionError(what + ": " + String.join(", ", missing));
        }
    }
}
