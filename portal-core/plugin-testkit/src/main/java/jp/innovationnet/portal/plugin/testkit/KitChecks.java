package jp.innovationnet.portal.plugin.testkit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * Checks a plugin's catalogues: every value of its closed lists has a label in both languages, and every message of
 * its wordings a text in both. {@link #assertCataloguesOf} finds all the plugin's enums itself, so a new one cannot
 * be forgotten.
 */
public final class KitChecks {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]");

    private KitChecks() {
    }

    /**
     * Checks every {@link Coded} and {@link Wording} enum among the plugin's compiled classes (those in the package
     * of {@code pluginClass} and below): both labels and texts exist and their patterns work, English ones hold no
     * Japanese, and every Japanese label is Japanese.
     *
     * @param pluginClass the plugin's {@code PortalPlugin} class
     * @throws AssertionError naming every label or text at fault, or when the plugin has no catalogue at all
     */
    @SuppressWarnings("unchecked")
    public static void assertCataloguesOf(Class<?> pluginClass) {
        List<Class<?>> enums = enumsOf(pluginClass);
        List<Class<? extends Coded>> lists = enums.stream().filter(Coded.class::isAssignableFrom)
                .<Class<? extends Coded>>map(c -> c.asSubclass(Coded.class)).toList();
        List<Class<? extends Wording>> wordings = enums.stream().filter(Wording.class::isAssignableFrom)
                .<Class<? extends Wording>>map(c -> c.asSubclass(Wording.class)).toList();
        if (lists.isEmpty() && wordings.isEmpty()) {
            throw new AssertionError("no Coded or Wording enum below " + pluginClass.getPackageName());
        }
        assertLabelled(lists.toArray(Class[]::new));
        assertWorded(wordings.toArray(Class[]::new));
        List<String> wrong = new ArrayList<>();
        for (Class<? extends Coded> list : lists) {
            for (Coded value : constants(list)) {
                String name = list.getSimpleName() + "." + value.code();
                if (JAPANESE.matcher(value.labelEn()).find() || !JAPANESE.matcher(value.labelJa()).find()) {
                    wrong.add(name);
                }
            }
        }
        for (Class<? extends Wording> wording : wordings) {
            for (Wording message : constants(wording)) {
                if (JAPANESE.matcher(message.in(Locale.ENGLISH, "a", "b", "c", "d")).find()) {
                    wrong.add(wording.getSimpleName() + "." + message.name());
                }
            }
        }
        fail("Japanese in English, or a Japanese label that is not Japanese", wrong);
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

    private static List<Class<?>> enumsOf(Class<?> pluginClass) {
        try {
            Path classes = Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            String prefix = pluginClass.getPackageName() + ".";
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                                .replaceFirst("\\.class$", ""))
                        .filter(name -> name.startsWith(prefix))
                        .<Class<?>>map(name -> load(name, pluginClass.getClassLoader()))
                        .filter(Class::isEnum)
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the classes of " + pluginClass, e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
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
