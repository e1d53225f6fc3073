package jp.innovationnet.portal.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Wording;
import jp.innovationnet.portal.plugin.testkit.KitChecks;

/**
 * Every closed list of the plugin has a label in both languages for each value (the Japanese one in Japanese), and
 * every message of its catalogues a working text in both ({@link KitChecks}): the enums are found among the plugin's
 * compiled classes, so a new one is checked without being listed here.
 */
class CataloguesTest {

    private static final String JAPANESE = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]";

    @Test
    void everyValueOfEveryClosedListHasALabelInBothLanguagesAndTheJapaneseOneIsJapanese() throws Exception {
        List<Class<?>> lists = enumsOf(Coded.class);
        assertThat(lists).as("the plugin's closed lists").hasSizeGreaterThan(5);
        KitChecks.assertLabelled(lists.stream().map(c -> c.asSubclass(Coded.class)).toArray(Class[]::new));
        for (Class<?> list : lists) {
            for (Object constant : list.getEnumConstants()) {
                Coded value = (Coded) constant;
                String name = list.getSimpleName() + "." + value.code();
                assertThat(value.labelEn()).as(name).isNotBlank().doesNotContainPattern(JAPANESE);
                assertThat(value.labelJa()).as(name).containsPattern(JAPANESE);
            }
        }
    }

    @Test
    void everyMessageOfEveryCatalogueHasATextInBothLanguages() throws Exception {
        List<Class<?>> catalogues = enumsOf(Wording.class);
        assertThat(catalogues).as("the plugin's catalogues").hasSizeGreaterThan(2);
        KitChecks.assertWorded(catalogues.stream().map(c -> c.asSubclass(Wording.class)).toArray(Class[]::new));
        for (Class<?> catalogue : catalogues) {
            for (Object constant : catalogue.getEnumConstants()) {
                Wording message = (Wording) constant;
                String name = catalogue.getSimpleName() + "." + message.name();
                assertThat(message.in(Locale.ENGLISH)).as(name).isNotBlank().doesNotContainPattern(JAPANESE);
                assertThat(message.in(Locale.JAPANESE)).as(name).isNotBlank();
            }
        }
    }

    /** The enums among the plugin's own classes that implement the interface. */
    private static List<Class<?>> enumsOf(Class<?> type) throws IOException, URISyntaxException {
        Path classes = Path.of(EventsPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(CataloguesTest::load)
                    .filter(c -> c.isEnum() && type.isAssignableFrom(c)).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CataloguesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
